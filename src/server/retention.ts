import type { Cloud } from './context'
import { COLL, type CollectionName, type Command, type Database } from './db'
import { LIMITS } from '../shared/limits'

const DAY = 86_400_000

/** The longest rate-limit window (LIMITS): a window's counter means nothing once it is over. */
const LONGEST_WINDOW_MS = Math.max(...Object.values(LIMITS).map((r) => r.windowMin)) * 60_000

/**
 * How long what grows forever is kept — THE table, each with its reason. Older documents are
 * deleted by the sla timer, a bounded batch per rule a round (retention.ts `applyRetention`).
 */
export const RETENTION = {
  /** A closed window's counter is never read again; one day beyond the longest window. */
  rateLimitsMs: LONGEST_WINDOW_MS + DAY,
  /** Pushes WeChat refused 5 times: kept a month for whoever looks into why, then gone. */
  givenUpPushDays: 30,
  /** Delivered outbox events: a month covers any retry or inquiry into a notice. */
  deliveredOutboxDays: 30,
  /** Exported spreadsheets: downloaded right away; a week lets someone fetch one again. */
  exportDays: 7,
  /** Read in-app messages: half a year; the reports and applications keep their own timeline. */
  readMessageDays: 180,
} as const

/** Documents one rule deletes per round at most. */
export const RETENTION_BATCH = 100

interface Rule {
  name: string
  coll: CollectionName
  /** The time field the rule ages by: its index ends in it (emulator/indexes.json). */
  field: 'at' | 'createdAt'
  /** The expired documents, over that index. */
  expired: (_: Command, now: number) => object
  /** Files a document holds, deleted before it (an export's spreadsheet). */
  files?: (doc: Record<string, unknown>) => string[]
}

const before = (_: Command, now: number, ms: number) => _.lt(new Date(now - ms))

const RULES: Rule[] = [
  {
    name: 'rateLimits',
    coll: COLL.rateLimits,
    field: 'at',
    expired: (_, now) => ({ at: before(_, now, RETENTION.rateLimitsMs) }),
  },
  {
    name: 'givenUpPushes',
    coll: COLL.pushRetry,
    field: 'createdAt',
    expired: (_, now) => ({
      gaveUp: true,
      createdAt: before(_, now, RETENTION.givenUpPushDays * DAY),
    }),
  },
  {
    name: 'deliveredOutbox',
    coll: COLL.outbox,
    field: 'createdAt',
    expired: (_, now) => ({
      done: true,
      createdAt: before(_, now, RETENTION.deliveredOutboxDays * DAY),
    }),
  },
  {
    name: 'exports',
    coll: COLL.exports,
    field: 'createdAt',
    expired: (_, now) => ({ createdAt: before(_, now, RETENTION.exportDays * DAY) }),
    files: (d) => (typeof d.fileID === 'string' ? [d.fileID] : []),
  },
  {
    name: 'readMessages',
    coll: COLL.messages,
    field: 'createdAt',
    expired: (_, now) => ({
      read: true,
      createdAt: before(_, now, RETENTION.readMessageDays * DAY),
    }),
  },
]

/**
 * One round of every retention rule: at most RETENTION_BATCH expired documents each (files
 * first, so a crash between leaves a record that the next round retries, never a file nobody
 * can find). Deleting what is expired twice is harmless, so overlapping rounds need no lock.
 */
export async function applyRetention(deps: {
  cloud: Cloud
  db: Database
  now: () => Date
}): Promise<Record<string, number>> {
  const { db } = deps
  const _ = db.command
  const now = deps.now().getTime()
  const out: Record<string, number> = {}
  for (const rule of RULES) {
    const where = rule.expired(_, now)
    // Oldest first: the index is walked from its start and the read stops at the batch, instead
    // of listing every expired document (after years, 100,000s of read messages) to take 100.
    const { data } = await db
      .collection(rule.coll)
      .where(where)
      .orderBy(rule.field, 'asc')
      .limit(RETENTION_BATCH)
      .get()
    const docs = data as Array<Record<string, unknown> & { _id: string }>
    out[rule.name] = docs.length
    if (!docs.length) continue
    const files = rule.files ? docs.flatMap(rule.files) : []
    if (files.length) await deps.cloud.deleteFile({ fileList: files })
    await db
      .collection(rule.coll)
      .where({ ...where, _id: _.in(docs.map((d) => d._id)) })
      .remove()
  }
  return out
}
