import { makeAutoObservable, runInAction } from 'mobx'
import type { MessageView } from '@shared/contracts/message'
import type { CloudClient } from '@/services/cloud/types'
import type { LiveEvent } from '@/services/events/types'
import { PagedList } from './PagedList'

/**
 * 消息: my in-app messages (a PagedList) and the unread badge. `changes` counts live events, so a
 * page that shows something that may have changed (an inbox, a report) can refresh when it moves.
 */
export class MessagesStore {
  unread = 0
  changes = 0
  readonly list: PagedList<MessageView, 'all'>

  constructor(private readonly cloud: CloudClient) {
    this.list = new PagedList<MessageView, 'all'>('all', async (_f, page) => {
      const r = await cloud.call('user.messages', { page })
      runInAction(() => (this.unread = r.unread))
      return r
    })
    makeAutoObservable<MessagesStore, 'cloud'>(this, { cloud: false, list: false })
  }

  onEvent(e: LiveEvent): void {
    this.changes += 1
    if (e.type === 'message') this.unread += 1
  }

  refresh(): Promise<void> {
    return this.list.refresh()
  }

  async markAllRead(): Promise<void> {
    try {
      const r = await this.cloud.call('user.markRead', { all: true })
      runInAction(() => {
        this.unread = r.unread
        this.list.items = this.list.items.map((m) => ({ ...m, read: true }))
      })
    } catch (err) {
      runInAction(() => (this.list.error = (err as Error).message))
    }
  }
}
