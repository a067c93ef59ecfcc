import { makeAutoObservable, runInAction } from 'mobx'

export interface Page<T, C> {
  items: T[]
  hasMore: boolean
  counts?: C
  /** The counts are of the newest this many matches only (each a lower bound). */
  countsCapped?: number
}

/** What a list page's footer and wiring use (any PagedList, whatever its filter and params). */
export interface ListState {
  readonly items: readonly unknown[]
  readonly status: 'idle' | 'loading' | 'ready' | 'error'
  readonly error: string
  readonly hasMore: boolean
  refresh(): Promise<void>
  more(): Promise<void>
}

/**
 * A list that loads page by page for a filter (a tab, a queue) and optional narrowing `params`
 * (type, dates …), keeps the counts the server gives for the badges, and ignores an answer for a
 * filter the user has already left.
 */
export class PagedList<T, F extends string, C = Record<F, number>, P = undefined> {
  items: T[] = []
  counts: C | null = null
  countsCapped: number | null = null
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error = ''
  hasMore = false
  private page = 0

  constructor(
    public filter: F,
    private readonly fetch: (filter: F, page: number, params: P) => Promise<Page<T, C>>,
    public params: P = undefined as P,
  ) {
    makeAutoObservable<PagedList<T, F, C, P>, 'fetch'>(this, { fetch: false })
  }

  /** Narrows the list (same filter) and loads it again from the first page. */
  narrow(params: P): Promise<void> {
    this.params = params
    return this.refresh()
  }

  async show(filter: F): Promise<void> {
    this.filter = filter
    this.page = 0
    await this.load(true)
  }

  refresh(): Promise<void> {
    return this.show(this.filter)
  }

  async more(): Promise<void> {
    if (this.hasMore && this.status !== 'loading') await this.load(false)
  }

  private async load(reset: boolean): Promise<void> {
    this.status = 'loading'
    const filter = this.filter
    try {
      const r = await this.fetch(filter, this.page + 1, this.params)
      runInAction(() => {
        if (filter !== this.filter) return
        this.items = reset ? r.items : [...this.items, ...r.items]
        if (r.counts) {
          this.counts = r.counts
          this.countsCapped = r.countsCapped ?? null
        }
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
