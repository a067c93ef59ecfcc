import type { ActionContext } from '../../../src/server/context'
import { uploadProblem } from '../../../src/server/files'
import type { CertificateApplication } from '../../../src/shared/certificates'
import type { CatalogueEntry } from '../../../src/shared/contracts/certificate'
import { AppError } from '../../../src/shared/errors'

const bad = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message })

export const pausedError = (entry: CatalogueEntry) =>
  new AppError('CONFLICT', `${entry.name}暂停网上办理，请到便民服务大厅办理`)

/**
 * What the shared validator cannot know: the office's current settings, the caller's own
 * binding and uploads. Throws INVALID_INPUT (or CONFLICT for a paused type); changes nothing.
 */
export async function checkAgainstServer(
  ctx: ActionContext,
  entry: CatalogueEntry,
  app: CertificateApplication,
): Promise<void> {
  if (!entry.enabled) throw pausedError(entry)
  if (app.promise && !entry.promise)
    throw bad('promise', `${entry.name}目前不接受告知承诺，请上传证明材料`)
  const bound = ctx.user?.address
  if (!bound) throw bad('address', '请先在“我的”中绑定居住地址')
  const same = (['communityId', 'buildingId', 'unit', 'room'] as const).every(
    (k) => bound[k] === app.address[k],
  )
  if (!same) throw bad('address', '居住地址须与您绑定的地址一致')
  const problem = await uploadProblem(
    ctx.cloud,
    ctx.openid,
    app.attachments.map((a) => a.fileID),
  )
  if (problem === 'notOwn') throw bad('attachments', '材料须由本人上传，请重新上传')
  if (problem === 'missing') throw bad('attachments', '有材料未上传成功，请重试或删除后再提交')
}
