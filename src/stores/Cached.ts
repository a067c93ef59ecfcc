import { makeAutoObservable, onBecomeObserved, onBecomeUnobserved, runInAction } from 'mobx'

/**
 * One piece of data loaded once and kept: every caller of `load()` shares the first answer (and
 * the request in flight); a failure is kept as `error` so the screen can offer 重试, and the next
 * `load()` asks again. `refresh()` after a change that made it stale.
 */
export class Cached<T> {
  value: T | null = null
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error = ''
  private pending: Promise<T> | null = null
  /** A screen shows `value` now (a MobX observer reads it). */
  private watched = false

  constructor(private readonly fetch: () => Promise<T>) {
    makeAutoObservable<Cached<T>, 'fetch' | 'pending' | 'watched'>(this, {
      fetch: false,
      pending: false,
      watched: false,
    })
    onBecomeObserved(this, 'value', () => (this.watched = true))
    onBecomeUnobserved(this, 'value', () => (this.watched = false))
  }

  load(): Promise<T> {
    if (this.status === 'ready' && this.value !== null) return Promise.resolve(this.value)
    return this.pending ?? this.refresh()
  }

  /** Asks the server again; the kept value stays on screen until the answer comes. */
  refresh(): Promise<T> {
    this.status = 'loading'
    this.error = ''
    const p: Promise<T> = this.fetch().then(
      (v) => {
        runInAction(() => {
          if (this.pending !== p) return
          this.value = v
          this.status = 'ready'
          this.pending = null
        })
        return v
      },
      (err: Error) => {
        runInAction(() => {
          if (this.pending !== p) return
          this.status = 'error'
          this.error = err.message || '加载失败，请稍后重试'
          this.pending = null
        })
        throw err
      },
    )
    this.pending = p
    return p
  }

  /** Loads for a screen: null on failure, which the screen shows from `error` with 重试. */
  show(): Promise<T | null> {
    return this.load().catch(() => null)
  }

  /** Asks again for a screen that is shown anew (useDidShow, pull-down): null on failure. */
  reload(): Promise<T | null> {
    return this.refresh().catch(() => null)
  }

  /**
   * Forgets the value, and drops any answer still on its way. A screen waiting for one, or
   * showing one (a page opened while the session was still loading, whose answer may come before
   * or after the identity), gets a fresh answer instead of 加载中 for good.
   */
  clear(): void {
    const wanted = this.pending !== null || this.watched
    this.value = null
    this.status = 'idle'
    this.error = ''
    this.pending = null
    if (wanted) void this.refresh().catch(() => undefined) // a failure shows from `error`
  }

  /** The value as an action on the server answered it. */
  set(value: T): void {
    this.value = value
    this.status = 'ready'
    this.error = ''
  }
}
