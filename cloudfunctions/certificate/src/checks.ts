import type { ActionContext } from '@server/context'
import type { AddressBinding } from '@shared/grid/model'
import { ATTACHMENT_CLAIM, claimFiles } from '@server/claim'
import type { Attachment, CertificateApplication } from '@shared/certificates'
import type { CatalogueEntry } from '@shared/contracts/certificate'
import { AppError } from '@shared/errors'

const bad = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message })

export const pausedError = (entry: CatalogueEntry) =>
  new AppError('CONFLICT', `${entry.name}暂停网上办理，请到便民服务大厅办理`)

/**
 * What the shared validator cannot know: the office's current settings and the caller's own
 * binding — or, for 代办, the binding of the resident filed for (`bound`; null for a person
 * without an account, whose address the form gives). Throws INVALID_INPUT (or CONFLICT for a
 * paused type); changes nothing.
 */
export async function checkAgainstServer(
  ctx: ActionContext,
  entry: CatalogueEntry,
  app: CertificateApplication,
  bound: AddressBinding | null | undefined = ctx.user?.address,
): Promise<void> {
  if (!entry.enabled) throw pausedError(entry)
  if (app.promise && !entry.promise)
    throw bad('promise', `${entry.name}目前不接受告知承诺，请上传证明材料`)
  if (bound === null) return
  if (!bound) throw bad('address', '请先在“我的”中绑定居住地址')
  const same = (['communityId', 'buildingId', 'unit', 'room'] as const).every(
    (k) => bound[k] === app.address[k],
  )
  if (!same) throw bad('address', '居住地址须与您绑定的地址一致')
}

/**
 * The attachments claimed for application `id` (claim.ts: the caller's own images, cleaned and
 * copied where no client can replace them); `kept` are files this application already holds.
 */
export async function claimAttachments(
  ctx: ActionContext,
  id: string,
  attachments: Attachment[],
  kept: Attachment[] = [],
): Promise<Attachment[]> {
  const ids = await claimFiles(
    ctx,
    attachments.map((a) => a.fileID),
    `applications/${id}`,
    ATTACHMENT_CLAIM,
    kept.map((a) => a.fileID),
  )
  return attachments.map((a, n) => ({ kind: a.kind, fileID: ids[n] }))
}
