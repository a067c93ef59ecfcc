import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import type { GatewayUser } from './gateway'

let seq = 0

/**
 * What the app sends to file a grid report in the demo street: 噪音扰民 at 新华小区1号楼 (grid
 * g-xinhua-1), with a requestId of its own; `over` on top (a test's own place, text, 代报…).
 */
export function reportBody(over: Record<string, unknown> = {}) {
  seq += 1
  return {
    target: 'grid',
    categoryKey: 'noise',
    description: `楼道里的问题 ${seq}`,
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: `filed-${seq}-xxxxxxxx`,
    ...over,
  }
}

/** `u` files `reportBody(over)`; the new report's id (throws with the refusal). */
export async function fileReport(u: GatewayUser, over: Record<string, unknown> = {}) {
  const r = await u.call<{ report: ReportSummary }>('report.create', reportBody(over))
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report.id
}

/** The report as `u` is shown it (throws with the refusal). */
export async function reportAs(u: GatewayUser, id: string): Promise<ReportDetail> {
  const r = await u.call<ReportDetail>('report.get', { id })
  if (!r.ok) throw new Error(`${u.openid} report.get: ${JSON.stringify(r.error)}`)
  return r.data
}

/** `u` takes `action` on the report at its current version; the report after (throws). */
export async function step(u: GatewayUser, id: string, action: string, extra: object = {}) {
  const { version } = await reportAs(u, id)
  const r = await u.call<ReportDetail>('report.transition', { id, version, action, ...extra })
  if (!r.ok) throw new Error(`${u.openid} ${action}: ${JSON.stringify(r.error)}`)
  return r.data
}
