import type { Cloud } from './context'

/** Every fileID names a file that is really in storage (an interrupted upload leaves none). */
export async function filesExist(cloud: Cloud, fileIDs: string[]): Promise<boolean> {
  if (fileIDs.length === 0) return true
  const { fileList } = await cloud.getTempFileURL({ fileList: fileIDs })
  return (fileList as Array<{ status?: number; code?: string; tempFileURL?: string }>).every(
    (f) => (f.status === 0 || f.code === 'SUCCESS') && !!f.tempFileURL,
  )
}
