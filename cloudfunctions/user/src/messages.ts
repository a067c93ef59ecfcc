import type { ActionDef } from '../../../src/server/router'
import type { Database } from '../../../src/server/context'
import { MESSAGES } from '../../../src/server/notify'
import type { MessageActions, MessageView } from '../../../src/shared/contracts/message'
import { AppError } from '../../../src/shared/errors'

type A = MessageActions
const PAGE = 20
const EVERYONE = ['resident', 'grid_worker', 'property_staff', 'office'] as const

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
  (await db.collection(MESSAGES).where({ toOpenid: openid, read: false }).count()).total

/** `user.messages`: my messages, newest first, with the unread count for the badge. */
export const messages: ActionDef<{ page: number }, A['user.messages']['res']> = {
  roles: EVERYONE,
  validate: (p) => {
    const page = (p as { page?: unknown })?.page ?? 1
    if (!Number.isInteger(page) || (page as number) < 1)
      throw new AppError('INVALID_INPUT', '页码不正确')
    return { page: page as number }
  },
  async handle({ db, openid }, { page }) {
    const { data } = await db
      .collection(MESSAGES)
      .where({ toOpenid: openid })
      .orderBy('createdAt', 'desc')
      .skip((page - 1) * PAGE)
      .limit(PAGE + 1)
      .get()
    const rows = data as StoredMessage[]
    const items: MessageView[] = rows.slice(0, PAGE).map((m) => ({
      id: m._id,
      kind: m.kind,
      title: m.title,
      body: m.body,
      page: m.page,
      read: m.read,
      createdAt: new Date(m.createdAt).toISOString(),
    }))
    return { items, unread: await unreadOf(db, openid), hasMore: rows.length > PAGE }
  },
}

/** `user.markRead`: only the caller's own messages can be marked. */
export const markRead: ActionDef<{ ids?: string[]; all?: boolean }, A['user.markRead']['res']> = {
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
  async handle({ db, openid }, { ids, all }) {
    const _ = db.command
    const where = all ? { toOpenid: openid, read: false } : { toOpenid: openid, _id: _.in(ids) }
    await db
      .collection(MESSAGES)
      .where(where)
      .update({ data: { read: true } })
    return { unread: await unreadOf(db, openid) }
  },
}
