import { makeAutoObservable, runInAction } from 'mobx'

export interface Page<T, C> {
  items: T[]
  hasMore: boolean
  counts?: C
}

/**
 * A list that loads page by page for a filter (a tab, a queue), keeps the counts the server gives
 * for the badges, and ignores an answer for a filter the user has already left.
 */
export class PagedList<T, F extends string, C = Record<F, number>> {
  items: T[] = []
  counts: C | null = null
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error = ''
  hasMore = false
  private page = 0

  constructor(
    public filter: F,
    private readonly fetch: (filter: F, page: number) => Promise<Page<T, C>>,
  ) {
    makeAutoObservable<PagedList<T, F, C>, 'fetch'>(this, { fetch: false })
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
      const r = await this.fetch(filter, this.page + 1)
      runInAction(() => {
        if (filter !== this.filter) return
        this.items = reset ? r.items : [...this.items, ...r.items]
        if (r.counts) this.counts = r.counts
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
