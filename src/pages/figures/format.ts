/** A share as 97.3%, or — when nothing was there to count. */
export const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`)

/** Minutes as 35分 / 4.5时 / 2.1天, or —. */
export function duration(min: number | null): string {
  if (min === null) return '—'
  if (min < 60) return `${Math.round(min)}分`
  if (min < 48 * 60) return `${Math.round((min / 60) * 10) / 10}时`
  return `${Math.round((min / 1440) * 10) / 10}天`
}
