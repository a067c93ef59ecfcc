import {
  RESIDENT_CATEGORIES,
  limitFor,
  taxonomyPath,
  type TimeLimitTable,
} from '../../shared/reports'
import type { Row } from './format'

/**
 * The categories whose first photo may be published (media_url): things in public space —
 * a broken lamp, a blocked drain, rubbish, greenery, a facility, a hazard in the street. Not
 * 电梯 (inside a home's building), 噪音 or 其他 (may show people or homes). One home for it.
 */
export const PUBLIC_PHOTO_CATEGORIES: ReadonlySet<string> = new Set([
  'lighting',
  'drain',
  'garbage',
  'greening',
  'facility',
  'safety',
])

/** 2 小时 / 3 天: a limit in minutes as an integrator reads it. */
export function spanText(min: number): string {
  if (min % 1440 === 0) return `${min / 1440} 天`
  if (min % 60 === 0) return `${min / 60} 小时`
  return `${min} 分钟`
}

/** GeoReport `services`: every category, its time limits as the description. */
export function serviceRows(limits: TimeLimitTable): Row[] {
  return RESIDENT_CATEGORIES.map((c) => {
    const n = limitFor(c.key, 'normal', limits)
    const u = limitFor(c.key, 'urgent', limits)
    const path = taxonomyPath(c.key)
    return {
      service_code: c.key,
      service_name: c.label,
      description:
        `受理时限 ${spanText(n.acceptMin)}，办结时限 ${spanText(n.resolveMin)}；` +
        `紧急：受理 ${spanText(u.acceptMin)}，办结 ${spanText(u.resolveMin)}`,
      metadata: 'false',
      type: 'realtime',
      keywords: path.replace(/\s*\/\s*/g, ','),
      group: path.split('/')[0].trim(),
    }
  })
}

/** GeoReport `services/{code}`: no extra attributes are asked for any category. */
export function definitionRow(code: string): Row {
  return { service_code: code }
}
