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
  /** The newest message seen, null before the first look. */
  private newest: string | null = null
  readonly list: PagedList<MessageView, 'all'>

  constructor(private readonly cloud: CloudClient) {
    this.list = new PagedList<MessageView, 'all'>('all', async (_f, page) => {
      const r = await cloud.call('user.messages', { page })
      runInAction(() => {
        this.unread = r.unread
        if (page === 1) this.newest = r.items[0]?.id ?? ''
      })
      return r
    })
    makeAutoObservable<MessagesStore, 'cloud' | 'newest'>(this, {
      cloud: false,
      list: false,
      newest: false,
    })
  }

  /**
   * One look for news (the live poll's probe): the first page's newest message and the unread
   * count. Something new counts as a change, as a live event would.
   */
  async poll(): Promise<boolean> {
    const r = await this.cloud.call('user.messages', { page: 1 })
    const newest = r.items[0]?.id ?? ''
    const changed = newest !== this.newest || r.unread !== this.unread
    runInAction(() => {
      if (changed && this.newest !== null) this.changes += 1
      this.newest = newest
      this.unread = r.unread
    })
    return changed
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
