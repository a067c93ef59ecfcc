import type { Measures } from './measure'

/**
 * The floors the accessibility walk holds each page to (issue 19): 工信部 适老化 numbers in
 * 长辈版, the standard mode's own in standard mode; `problems` says what a page's measures miss.
 */
export type Mode = 'standard' | 'elder'

export const FLOOR = {
  standard: { font: 14, tab: 12, main: 44, target: 44, line: 1.2, heading: 0 },
  elder: { font: 18, tab: 18, main: 60, target: 44, line: 1.3, heading: 30 },
}

/** What a page's measures miss of its mode's floors, each with where on the page. */
export function problems(m: Measures, mode: Mode): string[] {
  const f = FLOOR[mode]
  const out: string[] = []
  // No heading at all (0) fails in 长辈版 too: the navigation bar's title is not one (H5 has none).
  if (m.heading < f.heading)
    out.push(
      m.heading
        ? `main heading ${m.heading}px < ${f.heading} at ${m.where.heading}`
        : 'no main heading',
    )
  if (m.minFont < f.font) out.push(`text ${m.minFont}px < ${f.font} at ${m.where.minFont}`)
  if (m.minTabFont && m.minTabFont < f.tab) out.push(`tab label ${m.minTabFont}px < ${f.tab}`)
  if (m.minMain && m.minMain < f.main)
    out.push(`main target ${m.minMain} < ${f.main} at ${m.where.minMain}`)
  if (m.minTarget && m.minTarget < f.target)
    out.push(`target ${m.minTarget} < ${f.target} at ${m.where.minTarget}`)
  if (m.minLine < f.line - 0.005)
    out.push(`line height ${m.minLine.toFixed(2)} < ${f.line} at ${m.where.minLine}`)
  if (m.minContrastNormal < 4.5)
    out.push(`contrast ${m.minContrastNormal} < 4.5 at ${m.where.minContrastNormal}`)
  if (m.minContrast < 3) out.push(`contrast ${m.minContrast} < 3 at ${m.where.minContrast}`)
  return out
}
