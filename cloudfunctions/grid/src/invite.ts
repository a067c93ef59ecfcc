import { randomBytes } from 'node:crypto'
import type { ActionDef } from '../../../src/server/router'
import type { LedgerActions } from '../../../src/shared/contracts/ledger'
import { AppError } from '../../../src/shared/errors'
import { addDays } from '../../../src/shared/time'
import {
  INVITE_ALPHABET,
  INVITE_DAYS,
  INVITE_LENGTH,
  validateInviteRequest,
  type InviteRequest,
} from '../../../src/shared/invites'

export const INVITATIONS = 'invitations'

function newCode(): string {
  const n = INVITE_ALPHABET.length
  let out = ''
  while (out.length < INVITE_LENGTH)
    for (const b of randomBytes(12))
      if (b < 256 - (256 % n) && out.length < INVITE_LENGTH) out += INVITE_ALPHABET[b % n]
  return out
}

type A = LedgerActions['grid.createInvite']

/**
 * `grid.createInvite` (street office): a single-use code, valid 7 days, that makes whoever
 * redeems it (`user.redeemInvite`) the grid's worker or a staff member of the company.
 */
export const createInvite: ActionDef<InviteRequest, A['res']> = {
  roles: ['office'],
  validate: validateInviteRequest,
  async handle(ctx, req) {
    const { db } = ctx
    const target =
      req.role === 'grid_worker' ? ['grids', req.gridId] : ['property_companies', req.companyId]
    const { data } = await db
      .collection(target[0] as string)
      .where({ _id: target[1] })
      .limit(1)
      .get()
    if (!data.length || (data[0] as { retired?: boolean }).retired)
      throw new AppError(
        'INVALID_INPUT',
        req.role === 'grid_worker' ? '没有这个网格' : '没有这家物业公司',
      )
    const at = ctx.now()
    const expiresAt = addDays(at, INVITE_DAYS)
    const code = newCode()
    await db.collection(INVITATIONS).add({
      data: { _id: code, ...req, createdBy: ctx.openid, createdAt: at, expiresAt, usedBy: null },
    })
    return { code, expiresAt: expiresAt.toISOString() }
  },
}
