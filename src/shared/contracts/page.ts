/** One page of a list (`page` in the request counts from 0): its items, and whether more follow. */
export interface ListPage<T> {
  items: T[]
  hasMore: boolean
}

/** One page of a work queue, with the count of every queue for the tabs' badges. */
export interface QueuePage<T, Queue extends string> extends ListPage<T> {
  counts: Record<Queue, number>
}
