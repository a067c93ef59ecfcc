import { page as checkPage } from '../shared/checks'

/**
 * The server's one door to the database: every collection's name, the part of wx-server-sdk's
 * database API the code uses (typed here because the SDK ships no types we rely on), and the
 * reading patterns written once — by id, one bounded page, everything in pages of 1000.
 */

/** Every collection (indexes in emulator/indexes.json). */
export const COLL = {
  users: 'users',
  streets: 'streets',
  communities: 'communities',
  grids: 'grids',
  compounds: 'compounds',
  buildings: 'buildings',
  propertyCompanies: 'property_companies',
  reports: 'reports',
  messages: 'messages',
  /** Subscribe-message grants, counted: `_id` `<openid>:<templateId>`, `count` unused sends. */
  grants: 'subscriptions',
  /**
   * Notices waiting to be delivered: one document per event (`_id` the event id) with its
   * recipients, drained by the acting function and the timer (outbox.ts).
   */
  outbox: 'outbox',
  /** The district's followed categories, one document per supervisor and category (follows/). */
  follows: 'district_follows',
  /** One document per day the office digest went out (`_id` `digest-2026-11-23`). */
  digests: 'digests',
  /** Pushes that failed for a reason other than "no grant", retried by the timer function. */
  pushRetry: 'push_retry',
  /** The street office's settings, one document each (`sla` …). */
  settings: 'settings',
  applications: 'applications',
  /** The street office's settings per certificate type, `_id` = the type key. */
  certificateTypes: 'certificate_types',
  /** One counter per type and year for serial numbers, `_id` = `residence-2026`. */
  serials: 'certificate_serials',
  /** Every successful look-up of a certificate on the verify page. */
  verifications: 'certificate_verifications',
  /** Per-minute counters of rate-limited actions. */
  rateLimits: 'rate_limits',
  /** The figures' daily rollups, kept in each step's transaction (src/shared/figures/rollup.ts). */
  rollups: 'figure_rollups',
  invitations: 'invitations',
  /** 扫码登录 of the H5 desk, one document per code shown (`_id` = the code's scene). */
  deskLogins: 'desk_logins',
  /** Open311 API keys of external systems, hashed (src/server/open311/keys.ts). */
  apiKeys: 'api_keys',
  /** Image checks sent to WeChat (mediaCheckAsync), `_id` its trace_id (media-check.ts). */
  mediaChecks: 'media_checks',
  /** Every exported file (fileID, who, when), so retention can delete old ones (exports.ts). */
  exports: 'exports',
} as const

export type CollectionName = (typeof COLL)[keyof typeof COLL]

/** A query operator or condition built by `db.command`; opaque to the code, read by the SDK. */
export interface Cond {
  and(c: Cond): Cond
}

/** The operators the code uses (wx-server-sdk `db.command`). */
export interface Command {
  in(values: readonly unknown[]): Cond
  nin(values: readonly unknown[]): Cond
  eq(v: unknown): Cond
  neq(v: unknown): Cond
  gt(v: unknown): Cond
  gte(v: unknown): Cond
  lt(v: unknown): Cond
  lte(v: unknown): Cond
  exists(v: boolean): Cond
  /** An array field holding every one of `values` (the office's search by words). */
  all(values: readonly unknown[]): Cond
  or(conds: object[]): Cond
  inc(n: number): Cond
  set(v: unknown): Cond
  push(v: unknown): Cond
  addToSet(v: unknown): Cond
  /** Expression operators for aggregation stages (`$.sum`, `$.cond` …). */
  aggregate: AggregateCommand
}

/** An aggregation expression or accumulator built by `db.command.aggregate`; opaque here. */
export type Expr = object

/** The aggregation operators the code uses (CloudBase's subset of MongoDB's). */
export interface AggregateCommand {
  sum(e: unknown): Expr
  cond(c: { if: unknown; then: unknown; else: unknown }): Expr
  eq(args: [unknown, unknown]): Expr
  in(args: [unknown, readonly unknown[]]): Expr
  and(args: unknown[]): Expr
  subtract(args: [unknown, unknown]): Expr
  min(e: unknown): Expr
}

/** A pipeline: grouped counts and sums the database computes (figures, queue counts). */
export interface Aggregate {
  match(cond: object): Aggregate
  group(spec: object): Aggregate
  sort(spec: Record<string, 1 | -1>): Aggregate
  limit(n: number): Aggregate
  end(): Promise<{ list: unknown[] }>
}

/** Stored documents come back untyped: each reader says what it expects (`data as T[]`). */
export interface Query {
  where(cond: object | Cond): Query
  orderBy(field: string, order: 'asc' | 'desc'): Query
  /** Only these fields come back (`_id` always): a read of many rows that needs few fields. */
  field(projection: Record<string, boolean>): Query
  skip(n: number): Query
  limit(n: number): Query
  get(): Promise<{ data: unknown[] }>
  count(): Promise<{ total: number }>
  update(o: { data: object }): Promise<{ stats: { updated: number } }>
  /** Deletes every match (retention's batches: a query bounded by `_id` in a page's ids). */
  remove(): Promise<{ stats?: { removed?: number } }>
}

export interface DocRef {
  get(): Promise<{ data: unknown }>
  set(o: { data: object }): Promise<unknown>
  update(o: { data: object }): Promise<{ stats: { updated: number } }>
  remove(): Promise<unknown>
}

export interface Collection extends Query {
  add(o: { data: object }): Promise<{ _id: string }>
  aggregate(): Aggregate
  doc(id: string): DocRef
}

/** Inside `runTransaction`: documents by id only, as CloudBase allows. */
export interface Transaction {
  collection(name: CollectionName): { doc(id: string): DocRef }
}

export interface Database {
  collection(name: CollectionName): Collection
  command: Command
  runTransaction<T>(fn: (t: Transaction) => Promise<T>): Promise<T>
}

/** One document by `_id`, or null. */
export async function findById<T>(
  db: Database,
  coll: CollectionName,
  id: string,
): Promise<T | null> {
  const { data } = await db.collection(coll).where({ _id: id }).limit(1).get()
  return (data[0] as T | undefined) ?? null
}

/** The SDK returns at most 1000 documents per read. */
const SDK_MAX = 1000

/**
 * One page of an ordered query: reads one row more than the page to know whether more follow.
 * `page` is 1-based and bounded (the validators check it with the same `page()`; checked again
 * here so no caller can skip past PAGE_MAX).
 */
export async function paged<T>(
  query: Query,
  page: number,
  size: number,
): Promise<{ rows: T[]; hasMore: boolean }> {
  const { data } = await query
    .skip((checkPage(page) - 1) * size)
    .limit(size + 1)
    .get()
  return { rows: data.slice(0, size) as T[], hasMore: data.length > size }
}

/**
 * Every document matching `where`, in `_id` order, in reads of 1000 (the SDK's cap per read):
 * a list of places may pass 1,000 (a district's buildings), and one `limit(1000)` read would
 * drop the rest without a word. Ordered by `_id` so the pages neither skip nor repeat a document.
 */
export async function loadAll<T>(
  db: Database,
  coll: CollectionName,
  where: object = {},
): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += SDK_MAX) {
    const { data } = await db
      .collection(coll)
      .where(where)
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(SDK_MAX)
      .get()
    out.push(...(data as T[]))
    if (data.length < SDK_MAX) return out
  }
}
