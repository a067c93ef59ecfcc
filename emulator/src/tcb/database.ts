import type { Database } from '../db/database'
import { decode, encode } from '../db/ejson'
import { TcbError, invalidParam } from '../db/errors'
import type { Doc } from '../db/values'

type Params = Record<string, unknown>

/**
 * The `database.*` actions of the TCB endpoint, in @cloudbase/database 1.4.1's wire format:
 * queries/updates/documents/order/projection as EJSON strings, replies with `data.list` of
 * EJSON strings. Inside a transaction (`transactionId`) only by-id reads and writes and
 * `add` are allowed, as on CloudBase.
 */
export async function databaseAction(
  db: Database,
  action: string,
  p: Params,
  now: number,
): Promise<Params> {
  const coll = String(p.collectionName ?? '')
  const dec = (v: unknown) => decode(v, now) as Doc | undefined
  const txn = p.transactionId ? db.txns.get(String(p.transactionId)) : null
  // A transaction's reads and writes are by id, synchronous: its collection loads first.
  if (txn && coll) await db.store.loaded(coll)
  const docId = (): unknown => {
    const q = dec(p.query)
    if (!q || q._id === undefined)
      throw invalidParam('inside a transaction only doc(id) operations are supported')
    return q._id
  }
  switch (action) {
    case 'database.getDocument': {
      const projection = dec(p.projection)
      if (txn) {
        const d = db.txnGet(txn, coll, docId(), projection)
        return { data: { list: d ? [encode(d)] : [] } }
      }
      const list = await db.find(coll, {
        query: dec(p.query),
        order: dec(p.order) as Record<string, number> | undefined,
        offset: Number(p.offset) || 0,
        limit: p.limit === undefined ? 100 : Number(p.limit),
        projection,
      })
      return {
        data: {
          list: list.map(encode),
          offset: Number(p.offset) || 0,
          limit: Number(p.limit) || 100,
        },
      }
    }
    case 'database.calculateDocument':
      if (txn) throw invalidParam('count is not supported inside a transaction')
      return { data: { total: await db.count(coll, dec(p.query)) } }
    case 'database.insertDocument': {
      if (!Array.isArray(p.data) || !p.data.length)
        throw invalidParam('data must be a non-empty array')
      const docs = p.data.map((s) => dec(s) as Doc)
      const ids = txn ? db.txnInsert(txn, coll, docs) : await db.insert(coll, docs)
      return { data: { insertedIds: ids } }
    }
    case 'database.modifyDocument': {
      const data = dec(p.data)
      if (!data || typeof data !== 'object') throw invalidParam('data must be an object')
      const merge = p.merge !== false && p.merge !== 'false'
      const upsert = p.upsert === true || p.upsert === 'true'
      const r = txn
        ? db.txnModify(txn, coll, docId(), { data, merge, upsert })
        : await db.modify(coll, {
            query: dec(p.query) ?? {},
            data,
            merge,
            upsert,
            multi: p.multi !== false && p.multi !== 'false',
          })
      return { data: { updated: r.updated, upsert_id: r.upsertId } }
    }
    case 'database.removeDocument': {
      const deleted = txn
        ? db.txnRemove(txn, coll, docId())
        : await db.remove(coll, dec(p.query) ?? {}, p.multi !== false && p.multi !== 'false')
      return { data: { deleted } }
    }
    case 'database.aggregateDocuments': {
      if (!Array.isArray(p.stages)) throw invalidParam('stages must be an array')
      const stages = (p.stages as Array<{ stageKey: string; stageValue: string }>).map(
        (s) => [s.stageKey, decode(s.stageValue, now)] as [string, unknown],
      )
      return { data: { list: (await db.aggregate(coll, stages)).map(encode) } }
    }
    case 'database.startTransaction':
      return { transactionId: await db.txns.start() }
    case 'database.commitTransaction':
      await db.txns.commit(String(p.transactionId))
      return {}
    case 'database.abortTransaction':
      await db.txns.abort(String(p.transactionId))
      return {}
    case 'database.addCollection':
      await db.store.create(coll)
      return {}
    default:
      throw new TcbError(
        'ACTION_NOT_IMPLEMENTED',
        `the local emulator does not implement ${action}`,
      )
  }
}
