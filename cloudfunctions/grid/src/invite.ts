import { randomBytes } from 'node:crypto'
import { COLL, findById } from '../../../src/server/db'
import type { Action } from '../../../src/server/router'
import { AppError } from '../../../src/shared/errors'
import { addDays } from '../../../src/shared/time'
import {
  INVITE_ALPHABET,
  INVITE_DAYS,
  INVITE_LENGTH,
  validateInviteRequest,
  type InviteRequest,
} from '../../../src/shared/invites'

function newCode(): string {
  const n = INVITE_ALPHABET.length
  let out = ''
  while (out.length < INVITE_LENGTH)
    for (const b of randomBytes(12))
      if (b < 256 - (256 % n) && out.length < INVITE_LENGTH) out += INVITE_ALPHABET[b % n]
  return out
}

/**
 * `grid.createInvite` (street office): a single-use code, valid 7 days, that makes whoever
 * redeems it (`user.redeemInvite`) the grid's worker or a staff member of the company.
 */
export const createInvite: Action<'grid.createInvite', InviteRequest> = {
  roles: ['office'],
  validate: validateInviteRequest,
  async handle(ctx, req) {
    const { db } = ctx
    const target =
      req.role === 'grid_worker'
        ? await findById<{ retired?: boolean }>(db, COLL.grids, req.gridId as string)
        : await findById<{ retired?: boolean }>(db, COLL.propertyCompanies, req.companyId as string)
    if (!target || target.retired)
      throw new AppError(
        'INVALID_INPUT',
        req.role === 'grid_worker' ? '没有这个网格' : '没有这家物业公司',
      )
    const at = ctx.now()
    const expiresAt = addDays(at, INVITE_DAYS)
    const code = newCode()
    await db.collection(COLL.invitations).add({
      data: { _id: code, ...req, createdBy: ctx.openid, createdAt: at, expiresAt, usedBy: null },
    })
    return { code, expiresAt: expiresAt.toISOString() }
  },
}
