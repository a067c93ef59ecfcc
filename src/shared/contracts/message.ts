import type { ListPage } from './page'

/** An in-app message (消息): every change to something of yours produces one. */
export interface MessageView {
  id: string
  kind: string
  title: string
  body: string
  /** The page to open, with its query. */
  page: string
  read: boolean
  createdAt: string
}

export interface MessageActions {
  'user.messages': {
    req: { page?: number }
    res: ListPage<MessageView> & { unread: number }
  }
  /** Marks the given messages (or, with `all`, every message) as read. */
  'user.markRead': { req: { ids?: string[]; all?: boolean }; res: { unread: number } }
}
