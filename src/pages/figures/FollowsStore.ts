import { makeAutoObservable, runInAction } from 'mobx'
import type { FollowsView } from '@shared/contracts/follows'
import type { Follow } from '@shared/follows'
import type { CloudClient } from '@/services/cloud/types'
import { Cached } from '@/stores/Cached'

/**
 * 关注的问题类型 (the district, issue 20): what the supervisor follows, and the taps that change
 * it. Each change is one call whose answer is the whole new list, so the screen shows what the
 * server stored, never a guess; one change at a time (`busy`), a refusal kept as `error`.
 */
export class FollowsStore {
  readonly view: Cached<FollowsView>
  /** The category whose change is on its way. */
  busy: string | null = null
  error = ''

  constructor(private readonly cloud: CloudClient) {
    this.view = new Cached(() => cloud.call('stats.follows', {}))
    makeAutoObservable<FollowsStore, 'cloud'>(this, { cloud: false, view: false })
  }

  load(): void {
    void this.view.reload()
  }

  followed(category: string): Follow | undefined {
    return this.view.value?.follows.find((f) => f.category === category)
  }

  /** The streets a follow covers, in words. */
  scopeText(f: Follow): string {
    if (!f.streetIds.length) return '全部街道'
    const names = new Map((this.view.value?.streets ?? []).map((s) => [s.id, s.name]))
    return f.streetIds.map((id) => names.get(id) ?? id).join('、')
  }

  /** Follows a category over every street, or stops following it. */
  toggle(category: string): Promise<void> {
    return this.followed(category)
      ? this.run(category, () => this.cloud.call('stats.unfollow', { category }))
      : this.run(category, () => this.cloud.call('stats.follow', { category }))
  }

  /** Adds a street to a followed category's streets, or takes it out (at least one stays). */
  toggleStreet(category: string, streetId: string): Promise<void> {
    const f = this.followed(category)
    const all = (this.view.value?.streets ?? []).map((s) => s.id)
    if (!f) return Promise.resolve()
    const now = f.streetIds.length ? f.streetIds : all
    const next = now.includes(streetId) ? now.filter((id) => id !== streetId) : [...now, streetId]
    if (!next.length) {
      this.error = '至少保留一个街道；不再关注请点「取消关注」'
      return Promise.resolve()
    }
    const streetIds = next.length === all.length ? [] : next
    return this.run(category, () => this.cloud.call('stats.follow', { category, streetIds }))
  }

  private async run(category: string, call: () => Promise<FollowsView>): Promise<void> {
    if (this.busy) return
    this.busy = category
    this.error = ''
    try {
      const v = await call()
      runInAction(() => this.view.set(v))
    } catch (err) {
      runInAction(() => (this.error = (err as Error).message || '保存失败，请稍后重试'))
    } finally {
      runInAction(() => (this.busy = null))
    }
  }
}
