import { isId } from './checks'
import { AppError } from './errors'

/** Staff roles the street office invites; a resident needs no invitation. */
export type InvitedRole = 'grid_worker' | 'property_staff' | 'office'
/** 8 characters without look-alikes, shown as ABCD-EFGH and read out over the phone. */
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const INVITE_LENGTH = 8
/** An invitation is good for 7 days, and for one person. */
export const INVITE_DAYS = 7

/** The code as typed (any case, spaces, dashes) in its stored form; throws INVALID_INPUT. */
export function normalizeInviteCode(input: unknown): string {
  const s = typeof input === 'string' ? input.replace(/[\s-]/g, '').toUpperCase() : ''
  if (!new RegExp(`^[${INVITE_ALPHABET}]{${INVITE_LENGTH}}$`).test(s))
    throw new AppError('INVALID_INPUT', '邀请码应为 8 位字母和数字', {
      code: '邀请码应为 8 位字母和数字',
    })
  return s
}

export interface InviteRequest {
  role: InvitedRole
  /** The grid a grid worker takes over, or the company a staff member works for. */
  gridId?: string
  companyId?: string
  /** The person's name, shown on their work pages. */
  name: string
  /** The office has seen who the invitation replaces on the grid, and what work moves. */
  confirm?: boolean
}

/** Checks `grid.createInvite`'s input; throws INVALID_INPUT with per-field messages. */
export function validateInviteRequest(input: unknown): InviteRequest {
  const v = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const f: Record<string, string> = {}
  if (v.role !== 'grid_worker' && v.role !== 'property_staff' && v.role !== 'office')
    f.role = '请选择网格员、物业人员或街道工作人员'
  if (v.role === 'grid_worker' && !isId(v.gridId)) f.gridId = '请选择网格'
  if (v.role === 'property_staff' && !isId(v.companyId)) f.companyId = '请选择物业公司'
  const name = typeof v.name === 'string' ? v.name.trim() : ''
  if (!/^[\u4e00-\u9fa5·]{2,20}$/.test(name)) f.name = '请填写受邀人的中文姓名'
  const first = Object.values(f)[0]
  if (first) throw new AppError('INVALID_INPUT', first, f)
  const confirm = v.confirm === true
  if (v.role === 'office') return { role: 'office', name, confirm }
  return v.role === 'grid_worker'
    ? { role: 'grid_worker', gridId: v.gridId as string, name, confirm }
    : { role: 'property_staff', companyId: v.companyId as string, name, confirm }
}
