import { COLL, paged, type Database } from '@server/db'
import type { Action } from '@server/router'
import { page } from '@shared/checks'
import type { MessageView } from '@shared/contracts/message'
import { AppError } from '@shared/errors'
const PAGE = 20
const EVERYONE = ['resident', 'grid_worker', 'property_staff', 'office', 'district'] as const

interface StoredMessage {
  _id: string
  kind: string
  title: string
  body: string
  page: string
  read: boolean
  createdAt: Date
}

const unreadOf = async (db: Database, openid: string): Promise<number> =>
  (await db.collection(COLL.messages).where({ toOpenid: openid, read: false }).count()).total

/** `user.messages`: my messages, newest first, with the unread count for the badge. */
export const messages: Action<'user.messages', { page: number }> = {
  roles: EVERYONE,
  validate: (p) => ({ page: page((p as { page?: unknown } | null)?.page) }),
  async handle({ db, openid }, { page }) {
    const query = db
      .collection(COLL.messages)
      .where({ toOpenid: openid })
      .orderBy('createdAt', 'desc')
    const { rows, hasMore } = await paged<StoredMessage>(query, page, PAGE)
    const items: MessageView[] = rows.map((m) => ({
      id: m._id,
      kind: m.kind,
      title: m.title,
      body: m.body,
      page: m.page,
      read: m.read,
      createdAt: new Date(m.createdAt).toISOString(),
    }))
    return { items, unread: await unreadOf(db, openid), hasMore }
  },
}

/** `user.markRead`: only the caller's own messages can be marked. */
export const markRead: Action<'user.markRead', { ids: string[] } | { all: true }> = {
  roles: EVERYONE,
  validate: (p) => {
    const v = (p ?? {}) as { ids?: unknown; all?: unknown }
    if (v.all === true) return { all: true }
    if (
      !Array.isArray(v.ids) ||
      v.ids.length === 0 ||
      v.ids.length > 100 ||
      v.ids.some((i) => typeof i !== 'string')
    ) {
      throw new AppError('INVALID_INPUT', '请选择要标记的消息')
    }
    return { ids: v.ids as string[] }
  },
  async handle({ db, openid }, req) {
    const _ = db.command
    const where =
      'all' in req ? { toOpenid: openid, read: false } : { toOpenid: openid, _id: _.in(req.ids) }
    await db
      .collection(COLL.messages)
      .where(where)
      .update({ data: { read: true } })
    return { unread: await unreadOf(db, openid) }
  },
}
