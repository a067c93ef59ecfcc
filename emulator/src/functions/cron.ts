/**
 * CloudBase timer triggers: 7 fields `sec min hour day month week year`, in Beijing time
 * (UTC+8). Each field: `*`, a number, `a-b`, `a,b,c`, `*\/n` or `a-b/n`; weeks 0–6 (0 = Sunday)
 * or MON–SUN, months 1–12 or JAN–DEC.
 */
import { beijingFields } from '../../../src/shared/time'

const NAMES: Record<string, number> = {
  SUN: 0,
  MON: 1,
  TUE: 2,
  WED: 3,
  THU: 4,
  FRI: 5,
  SAT: 6,
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
}
const RANGES: Array<[number, number]> = [
  [0, 59],
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
  [1970, 2099],
]

export type Cron = Array<Set<number> | null>

export function parseCron(expr: string): Cron {
  const fields = expr.trim().split(/\s+/)
  if (fields.length !== 7)
    throw new Error(`timer config "${expr}" must have 7 fields (sec min hour day month week year)`)
  return fields.map((f, i) =>
    f === '*' || f === '?' ? null : parseField(f.toUpperCase(), RANGES[i]),
  )
}

function parseField(f: string, [lo, hi]: [number, number]): Set<number> {
  const out = new Set<number>()
  const val = (s: string) => (s in NAMES ? NAMES[s] : Number(s))
  for (const part of f.split(',')) {
    const [range, stepText] = part.split('/')
    const step = stepText ? Number(stepText) : 1
    const [a, last] = range === '*' ? [lo, hi] : range.split('-').map(val)
    const b = last ?? (stepText ? hi : a)
    if (![a, b, step].every(Number.isFinite) || step <= 0) throw new Error(`bad cron field "${f}"`)
    for (let v = a; v <= b; v += step) out.add(v)
  }
  return out
}

function fieldsOf(ms: number): number[] {
  const f = beijingFields(ms)
  return [f.second, f.minute, f.hour, f.date, f.month, f.weekday, f.year]
}

/** The first second in (after, until] the cron matches, or null. Skips whole units when it can. */
export function nextFire(cron: Cron, after: number, until: number): number | null {
  let t = Math.floor(after / 1000) * 1000 + 1000
  const ok = (i: number, v: number) => cron[i] === null || cron[i]!.has(v)
  while (t <= until) {
    const [s, m, h, day, mon, wd, y] = fieldsOf(t)
    if (!ok(6, y) || !ok(4, mon) || !ok(3, day) || !ok(5, wd)) {
      t += (86400 - (h * 3600 + m * 60 + s)) * 1000 // next day, 00:00:00 local
    } else if (!ok(2, h)) t += (3600 - (m * 60 + s)) * 1000
    else if (!ok(1, m)) t += (60 - s) * 1000
    else if (!ok(0, s)) t += 1000
    else return t
  }
  return null
}
