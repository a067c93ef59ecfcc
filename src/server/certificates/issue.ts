import { randomBytes } from 'node:crypto'
import { CERTIFICATE_TYPES, formatSerial, validUntil } from '../../shared/certificates'
import { VERIFY_ALPHABET, VERIFY_CODE_LENGTH } from '../../shared/certificates/verify-code'
import { AppError } from '../../shared/errors'
import { formatBeijing } from '../../shared/time'
import type { ActionContext } from '../context'
import { COLL, findById, type Transaction } from '../db'
import { bumpIn, ensureCounter } from '../counters'
import { findStreet } from '../street-scope'
import { issuerOf } from '../../shared/streets'
import { textOf } from '../../shared/certificates/wording'
import { catalogueEntry } from './catalogue'
import type { StoredApplication, StoredCertificate } from './model'

/** An unguessable verification code (crypto randomness; rejection sampling keeps it uniform). */
export function newVerifyCode(): string {
  const n = VERIFY_ALPHABET.length
  const limit = 256 - (256 % n)
  let out = ''
  while (out.length < VERIFY_CODE_LENGTH) {
    for (const b of randomBytes(16)) {
      if (b < limit && out.length < VERIFY_CODE_LENGTH) out += VERIFY_ALPHABET[b % n]
    }
  }
  return out
}

/**
 * Approves and issues in one transaction: the application must still be `submitted` at
 * `version`, and the type-year counter is read and bumped inside the same transaction, so two
 * reviewers approving at once get consecutive serials, never the same one (the unique `serial`
 * index is the last line of defence). CloudBase aborts one of two clashing transactions: retried.
 */
export async function approveAndIssue(
  ctx: ActionContext,
  id: string,
  version: number,
): Promise<StoredApplication> {
  const at = ctx.now()
  const year = Number(formatBeijing(at, 'YYYY'))
  // Outside the transaction: writes from outside would wait for it (and it for them).
  const first = await findById<StoredApplication>(ctx.db, COLL.applications, id)
  if (!first) throw new AppError('NOT_FOUND', '没有找到这份申请')
  // Serials count per street (issue 20): each street's 居住证明 of the year start at 1.
  const streetId = first.streetId ?? ''
  const counterId = `${first.typeKey}-${streetId}-${year}`
  await ensureCounter(ctx.db, counterId)
  const street = streetId ? await findStreet(ctx.db, streetId) : null
  const issuer = issuerOf(street)
  // The street's code opens its serials (FH-JZ-2026-000001), so serials stay unique across the
  // environment (the unique `serial` index); a street without a code keeps the bare form.
  const serialOf = (seq: number) =>
    [street?.code, formatSerial(first.typeKey, year, seq)].filter(Boolean).join('-')
  const entry = await catalogueEntry(ctx.db, first.typeKey, streetId)
  const type = { ...CERTIFICATE_TYPES[first.typeKey], validityMonths: entry.validityMonths }
  for (let attempt = 1; ; attempt++) {
    let refusal: AppError | null = null
    try {
      return await ctx.db.runTransaction(async (t: Transaction) => {
        const cur = (await t.collection(COLL.applications).doc(id).get()).data as StoredApplication
        if (cur.state !== 'submitted' || cur.version !== version) {
          refusal = new AppError('CONFLICT', '这份申请刚刚已被处理，请刷新后查看')
          throw refusal
        }
        const seq = await bumpIn(t, counterId)
        const certificate: StoredCertificate = {
          serial: serialOf(seq),
          issuedAt: at,
          validUntil: validUntil(type, at),
          issuer,
          text: textOf(street, first.typeKey),
        }
        const patch = {
          state: 'approved' as const,
          version: cur.version + 1,
          events: [
            ...cur.events,
            { at, action: 'approve' as const, byOpenid: ctx.openid, byRole: ctx.role, note: '' },
          ],
          deadline: null,
          decisionNote: '',
          certificate,
          serial: certificate.serial,
          verifyCode: newVerifyCode(),
          updatedAt: at,
        }
        await t.collection(COLL.applications).doc(id).update({ data: patch })
        return { ...cur, ...patch }
      })
    } catch (err) {
      if (refusal) throw refusal
      if (err instanceof AppError || attempt >= 5) throw err
    }
  }
}
