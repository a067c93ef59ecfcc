import type { ActionContext } from './context'
import { COLL } from './db'

/**
 * Stores an exported file (a spreadsheet the caller downloads) and answers its fileID and a
 * temporary download URL. Every export is recorded (`exports`: fileID, who, when) because a
 * function cannot list storage: the retention rule (retention-rules.ts) finds old exports by
 * that record and deletes the file and the record together. A record that fails to write fails
 * the export (the file is left for nobody; the caller simply exports again).
 */
export async function storeExport(
  ctx: Pick<ActionContext, 'cloud' | 'db' | 'openid' | 'now'>,
  cloudPath: string,
  fileContent: Buffer,
): Promise<{ fileID: string; url: string }> {
  const up = (await ctx.cloud.uploadFile({ cloudPath, fileContent })) as { fileID: string }
  await ctx.db.collection(COLL.exports).add({
    data: { fileID: up.fileID, openid: ctx.openid, createdAt: ctx.now() },
  })
  const { fileList } = await ctx.cloud.getTempFileURL({ fileList: [up.fileID] })
  return { fileID: up.fileID, url: (fileList[0] as { tempFileURL: string }).tempFileURL }
}
