/**
 * A person's name as on the ID card: Chinese characters, with `·` between the parts of many
 * minority names (阿依古丽·买买提). Look-alike dots people type are turned into `·`.
 */

/** Shortest and longest name, in characters. */
export const NAME_MIN = 2
export const NAME_MAX = 20

const HAN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]'
const NAME = new RegExp(`^${HAN}+(·${HAN}+)*$`)

/** The outcome of {@link checkPersonName}. */
export type NameCheck = { ok: true; normalized: string } | { ok: false; reason: string }

/** Checks a name: trimmed, 2–20 characters, Chinese characters and `·` only. */
export function checkPersonName(input: unknown): NameCheck {
  if (typeof input !== 'string' || !input.trim()) return { ok: false, reason: '请填写姓名' }
  const s = input.trim().replace(/[•・．.]/g, '·')
  if (!NAME.test(s)) return { ok: false, reason: '姓名只能包含汉字和“·”' }
  const n = [...s].length
  if (n < NAME_MIN || n > NAME_MAX)
    return { ok: false, reason: `姓名应为 ${NAME_MIN}–${NAME_MAX} 个字` }
  return { ok: true, normalized: s }
}
