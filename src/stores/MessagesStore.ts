import { makeAutoObservable, runInAction } from 'mobx'
import type { MessageView } from '@shared/contracts/message'
import type { CloudClient } from '@/services/cloud/types'
import type { LiveEvent } from '@/services/events/types'

/**
 * 消息: my in-app messages and the unread badge. `changes` counts live events, so a page that
 * shows something that may have changed (an inbox, a report) can refresh when it moves.
 */
export class MessagesStore {
  items: MessageView[] = []
  unread = 0
  hasMore = false
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error = ''
  changes = 0
  private page = 0

  constructor(private readonly cloud: CloudClient) {
    makeAutoObservable<MessagesStore, 'cloud'>(this, { cloud: false })
  }

  onEvent(e: LiveEvent): void {
    this.changes += 1
    if (e.type === 'message') this.unread += 1
  }

  async refresh(): Promise<void> {
    this.page = 0
    await this.load(true)
  }

  async more(): Promise<void> {
    if (this.hasMore && this.status !== 'loading') await this.load(false)
  }

  async markAllRead(): Promise<void> {
    try {
      const r = await this.cloud.call('user.markRead', { all: true })
      runInAction(() => {
        this.unread = r.unread
        this.items = this.items.map((m) => ({ ...m, read: true }))
      })
    } catch (err) {
      runInAction(() => (this.error = (err as Error).message))
    }
  }

  private async load(reset: boolean): Promise<void> {
    this.status = 'loading'
    try {
      const r = await this.cloud.call('user.messages', { page: this.page + 1 })
      runInAction(() => {
        this.items = reset ? r.items : [...this.items, ...r.items]
        this.unread = r.unread
        this.hasMore = r.hasMore
        this.page += 1
        this.status = 'ready'
      })
    } catch (err) {
      runInAction(() => {
        this.status = 'error'
        this.error = (err as Error).message
      })
    }
  }
}
