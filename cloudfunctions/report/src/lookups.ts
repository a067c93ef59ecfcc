import type { Database } from '../../../src/server/context'
import { REPORTS, type StoredReport } from '../../../src/server/reports/model'

export async function findByRequest(
  db: Database,
  openid: string,
  requestId: string,
): Promise<StoredReport | null> {
  const { data } = await db
    .collection(REPORTS)
    .where({ requestKey: `${openid}:${requestId}` })
    .limit(1)
    .get()
  return (data[0] as StoredReport | undefined) ?? null
}

export async function getReport(db: Database, id: string): Promise<StoredReport | null> {
  const { data } = await db.collection(REPORTS).where({ _id: id }).limit(1).get()
  return (data[0] as StoredReport | undefined) ?? null
}
