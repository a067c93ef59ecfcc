import { COLL, loadAll } from '@server/db'
import type { Action } from '@server/router'
import { DELETED_PERSON } from '@shared/consent'
import { AppError } from '@shared/errors'

/**
 * `user.deleteAccount` (注销账号): the person's data leaves their user row (name, phone, address,
 * consents); their reports stay as the street's work record with 已注销用户 and no phone; their
 * applications lose the phone, and those never issued also the name and ID number (an issued
 * certificate keeps them so it can still be verified). The OPENID stays on the records: it is
 * WeChat's pseudonymous id, and a re-registered person starts with none of the old data.
 * Staff are refused: the office first takes them off their grid or company, so no task is
 * stranded. KEPT_AFTER_DELETE (src/shared/consent.ts) says the same on the page.
 */
export const deleteAccount: Action<'user.deleteAccount'> = {
  roles: ['resident'],
  validate(p) {
    if ((p as { confirm?: unknown } | null)?.confirm !== true)
      throw new AppError('INVALID_INPUT', '请确认注销账号')
    return { confirm: true }
  },
  async handle({ db, openid, user, now }) {
    if (!user) throw new AppError('NOT_FOUND', '账号不存在或已注销')
    const at = now()
    await db
      .collection(COLL.reports)
      .where({ reporterOpenid: openid })
      .update({ data: { reporter: { name: DELETED_PERSON, phone: '' } } })
    const apps = await loadAll<{ _id: string; serial?: string }>(db, COLL.applications, {
      applicantOpenid: openid,
    })
    for (const a of apps) {
      const detach = a.serial
        ? { 'form.phone': '' }
        : { 'form.phone': '', 'form.name': DELETED_PERSON, 'form.idNumber': '' }
      await db.collection(COLL.applications).doc(a._id).update({ data: detach })
    }
    await db
      .collection(COLL.users)
      .doc(openid)
      .set({
        data: {
          role: 'resident',
          name: '',
          deletedAt: at,
          createdAt: user.createdAt ?? at,
          updatedAt: at,
        },
      })
    return { deleted: true as const }
  },
}
