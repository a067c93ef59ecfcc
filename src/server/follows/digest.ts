import type { Follow } from '../../shared/follows'
import { PAGE } from '../../shared/routes'
import { addDaysToDay, beijingDay, beijingFields, formatDay } from '../../shared/time'
import type { Cloud } from '../context'
import { COLL, findById, loadAll, type Database } from '../db'
import { DIGEST_AT } from '../digest'
import { deliverInline } from '../notify'
import { outboxDoc, type Notice } from '../outbox'
import { allStreets } from '../street-scope'
import { FollowCounts, NO_COUNTS, type StreetCounts } from './counts'
import { followsOf } from './store'

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

/** One followed category's part of a digest: its totals and each street's numbers. */
export interface DigestPart {
  label: string
  total: StreetCounts
  streets: Array<{ name: string } & StreetCounts>
}

const sum = (a: StreetCounts, b: StreetCounts): StreetCounts => ({
  fresh: a.fresh + b.fresh,
  overdue: a.overdue + b.overdue,
  open: a.open + b.open,
})
const line = (c: StreetCounts) => `新增 ${c.fresh} · 超时 ${c.overdue} · 未办结 ${c.open}`

/**
 * The message: a category per paragraph, its totals, then each street with anything to say;
 * streets with nothing are one line, so thirty quiet streets do not bury the one that is not.
 * Street names and numbers only: no report, person, phone or room is named.
 */
export function digestNotice(openid: string, day: string, parts: DigestPart[]): Notice {
  const total = parts.reduce((t, p) => sum(t, p.total), NO_COUNTS)
  const body = parts.map((p) => {
    const busy = p.streets.filter((s) => s.fresh || s.overdue || s.open)
    const quiet = p.streets.length - busy.length
    return [
      `${p.label}：${line(p.total)}`,
      ...busy.map((s) => `${s.name}：${line(s)}`),
      ...(quiet ? [`其余 ${quiet} 个街道：无`] : []),
    ].join('\n')
  })
  return {
    toOpenid: openid,
    kind: 'followDigest',
    title: `关注日报 ${formatDay(day, 'M月D日')}：新增 ${total.fresh} · 超时 ${total.overdue}`,
    body: [`${formatDay(day)}（新增为当天收到；超时、未办结为今晨的数字）`, ...body].join('\n\n'),
    page: PAGE.dashboard,
    refId: `follows-${day}`,
  }
}

/** A supervisor's digest parts: each followed category over its streets (all when none picked). */
async function partsOf(
  follows: Follow[],
  streets: Array<{ _id: string; name: string }>,
  counts: FollowCounts,
): Promise<DigestPart[]> {
  return Promise.all(
    follows.map(async (f) => {
      const mine = f.streetIds.length ? streets.filter((s) => f.streetIds.includes(s._id)) : streets
      const rows = await Promise.all(
        mine.map(async (s) => ({ name: s.name, ...(await counts.of(s._id, f.category)) })),
      )
      return { label: f.label, total: rows.reduce(sum, NO_COUNTS), streets: rows }
    }),
  )
}

/**
 * The district's area subscriptions, once a day with the office's digest (08:30 Beijing time, the
 * first timer round at or after it): each supervisor still in the district role who follows
 * something gets the day before's numbers. Exactly once per supervisor and day, whatever the
 * rounds do: inserting the supervisor's outbox event (`_id` `follows-<day>-<openid>`) is the
 * claim — a second round, or one overlapping it, fails that insert and sends nothing — and
 * delivery follows only the won insert; a round that dies after it leaves the event in the
 * outbox, which the timer delivers. The day's `digests` row, written once every supervisor has
 * been claimed, spares later rounds the counting. Returns how many digests this round claimed.
 */
export async function followDigest(deps: Deps): Promise<number | null> {
  const { db } = deps
  const at = deps.now()
  const { hour, minute } = beijingFields(at)
  if (hour * 60 + minute < DIGEST_AT.hour * 60 + DIGEST_AT.minute) return null
  const day = beijingDay(at)
  const doneId = `follows-${day}`
  if (await findById(db, COLL.digests, doneId)) return null
  const supervisors = await loadAll<{ _id: string }>(db, COLL.users, { role: 'district' })
  const follows = await followsOf(
    db,
    supervisors.map((u) => u._id),
  )
  const streets = await allStreets(db)
  const yesterday = addDaysToDay(day, -1)
  const counts = new FollowCounts(db, yesterday)
  let claimed = 0
  let unsure = false
  for (const [openid, list] of follows) {
    const notice = digestNotice(openid, yesterday, await partsOf(list, streets, counts))
    const doc = outboxDoc(`follows-${day}-${openid}`, [notice], at)
    try {
      await db.collection(COLL.outbox).add({ data: doc })
    } catch (err) {
      // Claimed already (another round): nothing to do. Not stored for another reason: next round.
      if (!(await findById(db, COLL.outbox, doc._id))) {
        console.error('[follows] digest not claimed', doc._id, err)
        unsure = true
      }
      continue
    }
    claimed++
    await deliverInline(deps, doc)
  }
  if (!unsure)
    await db
      .collection(COLL.digests)
      .add({ data: { _id: doneId, at } })
      .catch(() => null)
  return claimed
}
