/**
 * Who a caller is, decided on the server from the OPENID the platform gives.
 * `resident` is every WeChat user by default; the other roles are granted by the street office.
 */
export type Role = 'resident' | 'grid_worker' | 'property_staff' | 'office'

export const ROLES: readonly Role[] = ['resident', 'grid_worker', 'property_staff', 'office']

/** Chinese label for each role, as shown in the UI. */
export const ROLE_LABEL: Record<Role, string> = {
  resident: '居民',
  grid_worker: '网格员',
  property_staff: '物业人员',
  office: '街道工作人员',
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
