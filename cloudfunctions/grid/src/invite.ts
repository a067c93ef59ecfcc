import { randomBytes } from 'node:crypto'
import { COLL, findById, type Database } from '@server/db'
import type { Action } from '@server/router'
import { callerStreetId } from '@server/street-scope'
import { AppError } from '@shared/errors'
import { OPEN_STATES } from '@shared/reports'
import { addDays } from '@shared/time'
import {
  INVITE_ALPHABET,
  INVITE_DAYS,
  INVITE_LENGTH,
  validateInviteRequest,
  type InviteRequest,
} from '@shared/invites'

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
 * redeems it (`user.redeemInvite`) the grid's worker, a staff member of the company, or a
 * member of the street office. Replacing a grid's worker needs `confirm` (see replacedBy).
 */
export const createInvite: Action<'grid.createInvite', InviteRequest> = {
  roles: ['office'],
  validate: validateInviteRequest,
  async handle(ctx, req) {
    const { db } = ctx
    // The invitation makes staff of the office's own street, on its own grids and companies.
    const streetId = await callerStreetId(ctx)
    const replaces = await replacedBy(db, req, streetId)
    if (replaces && !req.confirm) {
      const q = `该网格现由${replaces.name}负责，有 ${replaces.openReports} 件未办结的报事。新网格员接受邀请后，${replaces.name}将不再负责该网格，这些报事转由新网格员办理。确定邀请吗？`
      throw new AppError('CONFLICT', q, { confirm: q })
    }
    const at = ctx.now()
    const expiresAt = addDays(at, INVITE_DAYS)
    const code = newCode()
    const { confirm: _confirmed, ...stored } = req
    void _confirmed
    await db.collection(COLL.invitations).add({
      data: {
        _id: code,
        ...stored,
        streetId,
        createdBy: ctx.openid,
        createdAt: at,
        expiresAt,
        usedBy: null,
      },
    })
    return { code, expiresAt: expiresAt.toISOString(), ...(replaces ? { replaces } : {}) }
  },
}

/**
 * The grid or company must be in service; for a grid with a worker, who the invitation will
 * replace and how many open reports move to the newcomer (access follows the grid: the reports
 * need no rewriting, see isCurrentHandler).
 */
async function replacedBy(
  db: Database,
  req: InviteRequest,
  streetId: string,
): Promise<{ name: string; openReports: number } | null> {
  if (req.role === 'office') return null
  const target =
    req.role === 'grid_worker'
      ? await findById<{ retired?: boolean; workerOpenid?: string; streetId?: string }>(
          db,
          COLL.grids,
          req.gridId as string,
        )
      : await findById<{ retired?: boolean; streetId?: string }>(
          db,
          COLL.propertyCompanies,
          req.companyId as string,
        )
  // Another street's grid or company is, for this office, one that does not exist.
  if (!target || target.retired || target.streetId !== streetId)
    throw new AppError(
      'INVALID_INPUT',
      req.role === 'grid_worker' ? '没有这个网格' : '没有这家物业公司',
    )
  const holder =
    req.role === 'grid_worker' ? (target as { workerOpenid?: string }).workerOpenid : ''
  if (!holder) return null
  const worker = await findById<{ name?: string }>(db, COLL.users, holder)
  const _ = db.command
  const { total } = await db
    .collection(COLL.reports)
    .where({ 'handler.id': req.gridId, state: _.in(OPEN_STATES) })
    .count()
  return { name: worker?.name || '原网格员', openReports: total }
}
