/**
 * Who a caller is, decided on the server from the OPENID the platform gives, with the Chinese
 * label shown in the UI. `resident` is every WeChat user by default; the other roles are granted
 * by the street office. The roles are this table's keys, in this order.
 */
export const ROLE_LABEL = {
  resident: '居民',
  grid_worker: '网格员',
  property_staff: '物业人员',
  office: '街道工作人员',
  /** Reads every street's reports and figures and urges (督办); never handles a report. */
  district: '区级督办',
} as const satisfies Record<string, string>

export type Role = keyof typeof ROLE_LABEL

export const ROLES = Object.keys(ROLE_LABEL) as readonly Role[]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
