import { sdkFor, type WxCloud } from '../../support/sdk'
import { startSystem, type System } from '../../support/system'

/** One emulator per conformance file, empty (no demo data), reached through the real SDK. */
export function useEmulator(collections: Record<string, object[]>) {
  const ctx = {} as { system: System; cloud: WxCloud; db: WxCloud; _: WxCloud }
  beforeAll(async () => {
    // These files test the query language itself (MongoDB's semantics) on collections of their
    // own, indexed or not: not strict, unlike every test of the app's queries.
    ctx.system = await startSystem({ env: { SEED: '0', XB_STRICT_INDEXES: '0' } })
    ctx.cloud = sdkFor(ctx.system)
    ctx.db = ctx.cloud.database()
    ctx._ = ctx.db.command
    for (const [name, docs] of Object.entries(collections)) {
      await ctx.db.createCollection(name)
      for (const d of docs) await ctx.db.collection(name).add({ data: d })
    }
  })
  afterAll(() => ctx.system?.stop())
  return ctx
}

/** The sorted _ids of a get() result, for set-like comparisons. */
export function idsOf(res: { data: Array<{ _id: string }> }): string[] {
  return res.data.map((d) => d._id).sort()
}
