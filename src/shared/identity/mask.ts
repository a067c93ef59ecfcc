/**
 * Masks for personal data shown to anyone but the reviewer (lists, the public verify page,
 * notifications). They hide enough to protect the person and keep enough to recognise oneself.
 */

/** Compound surnames kept whole when masking (欧阳小北 → 欧阳**). */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '申屠',
  '澹台',
  '呼延',
  '万俟',
  '百里',
  '第五',
])

function keepEnds(s: string, head: number, tail: number): string {
  const cs = [...s]
  if (cs.length <= head + tail) return '*'.repeat(cs.length)
  return cs.slice(0, head).join('') + '*'.repeat(cs.length - head - tail) + cs.slice(-tail).join('')
}

/**
 * `110101199003071234` → `110***********1234`: region's first 3 and the last 4 stay, as on
 * bank and government receipts. Anything of 7 characters or fewer is masked whole.
 */
export function maskIdNumber(id: string): string {
  return keepEnds(id.replace(/\s+/g, '').toUpperCase(), 3, 4)
}

/** `13812341234` → `138****1234`; shorter or odd input keeps its first 3 and last 4 if it can. */
export function maskPhone(phone: string): string {
  return keepEnds(phone.replace(/[\s-]+/g, ''), 3, 4)
}

/**
 * The surname stays, every other character becomes `*` (张三 → 张*, 王秀兰 → 王**, 欧阳小北 →
 * 欧阳**). A `·` in a minority name stays so the shape is recognisable (阿依·买买提 → 阿*·***).
 * A one-character name is returned as is: the surname is all any mask would show.
 */
export function maskName(name: string): string {
  const cs = [...name.trim()]
  if (cs.length <= 1) return cs.join('')
  const keep = cs.length >= 3 && COMPOUND_SURNAMES.has(cs[0] + cs[1]) ? 2 : 1
  return cs.map((c, i) => (i < keep || c === '·' ? c : '*')).join('')
}
