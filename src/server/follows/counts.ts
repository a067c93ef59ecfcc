import { categoryKeyIn, type RollSums } from '../../shared/figures'
import { OPEN_STATES } from '../../shared/reports/states'
import { COLL, loadAll, type Database } from '../db'

/** One street's numbers of one category in a digest. */
export interface StreetCounts {
  /** Reports received on the digest's day (the day's category rollup, `t.received`). */
  fresh: number
  /** Open reports past a time limit, now. */
  overdue: number
  /** Open reports, now. */
  open: number
}

export const NO_COUNTS: StreetCounts = { fresh: 0, overdue: 0, open: 0 }

/** Streets (or categories) in a district: far fewer groups than this. */
const GROUPS_MAX = 1000

/**
 * The counts of a digest, read once per timer round and shared by every follower: the day's
 * category rollups of every street in one indexed read ({kind, day}: one document per street and
 * category), and per category followed one grouped count of its open reports by street (index
 * {categoryKey, state}) — numbers from the database, never the reports themselves.
 */
export class FollowCounts {
  private fresh: Promise<Map<string, number>> | null = null
  private live = new Map<string, Promise<Map<string, { open: number; overdue: number }>>>()

  constructor(
    private readonly db: Database,
    /** The Beijing day whose new reports are counted. */
    private readonly day: string,
  ) {}

  /** One street's numbers of one category. */
  async of(streetId: string, category: string): Promise<StreetCounts> {
    const [fresh, live] = await Promise.all([this.received(), this.openOf(category)])
    const now = live.get(streetId) ?? { open: 0, overdue: 0 }
    return { fresh: fresh.get(categoryKeyIn(streetId, category)) ?? 0, ...now }
  }

  private received(): Promise<Map<string, number>> {
    this.fresh ??= loadAll<{ key: string; t?: Partial<RollSums> }>(this.db, COLL.rollups, {
      kind: 'category',
      day: this.day,
    }).then((rows) => new Map(rows.map((r) => [r.key, r.t?.received ?? 0])))
    return this.fresh
  }

  private openOf(category: string) {
    let p = this.live.get(category)
    if (!p) this.live.set(category, (p = this.countOpen(category)))
    return p
  }

  private async countOpen(category: string) {
    const _ = this.db.command
    const $ = _.aggregate
    const { list } = await this.db
      .collection(COLL.reports)
      .aggregate()
      .match({ categoryKey: category, state: _.in([...OPEN_STATES]) })
      .group({
        _id: '$streetId',
        open: $.sum(1),
        overdue: $.sum($.cond({ if: $.eq(['$overdue', true]), then: 1, else: 0 })),
      })
      .limit(GROUPS_MAX)
      .end()
    const rows = list as Array<{ _id: string | null; open: number; overdue: number }>
    return new Map(rows.map((r) => [r._id ?? '', { open: r.open, overdue: r.overdue }]))
  }
}
