import type { Cloud, Database } from '../../../src/server/context'
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

/** Every fileID names a file that is really in storage (an interrupted upload leaves none). */
export async function photosExist(cloud: Cloud, fileIDs: string[]): Promise<boolean> {
  if (fileIDs.length === 0) return true
  const { fileList } = await cloud.getTempFileURL({ fileList: fileIDs })
  return (fileList as Array<{ status?: number; code?: string; tempFileURL?: string }>).every(
    (f) => (f.status === 0 || f.code === 'SUCCESS') && !!f.tempFileURL,
  )
}
