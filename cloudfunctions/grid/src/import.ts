import { storeExport } from '@server/exports'
import { importStreet } from '@server/import'
import { onboardingStreetId } from '@server/street-scope'
import { templateWorkbook } from '@server/import/template'
import type { Action } from '@server/router'
import { AppError } from '@shared/errors'
import { newId } from '@shared/ids'
import { isStreetId } from '@shared/streets'
import { isOwnUpload, pathOfFileID } from '@shared/uploads'

/** The largest workbook taken (a street of a few thousand buildings is well under it). */
const MAX_BYTES = 5 * 1024 * 1024

/**
 * `grid.importTemplate` (street office, district): the onboarding template, as a temporary
 * download URL.
 */
export const importTemplate: Action<'grid.importTemplate'> = {
  roles: ['office', 'district'],
  async handle(ctx) {
    // Recorded as an export, so the retention rule deletes it with the other downloads.
    const cloudPath = `exports/${ctx.openid}/street-template-${newId().slice(-6)}.xlsx`
    return storeExport(ctx, cloudPath, await templateWorkbook())
  },
}

/**
 * `grid.importStreet` (street office, district): imports the caller's own uploaded .xlsx into
 * their street — the district into the street it names (a new one it created) — every error
 * listed and nothing written, or everything written at once (src/server/import).
 */
export const importStreetAction: Action<'grid.importStreet'> = {
  roles: ['office', 'district'],
  validate(payload) {
    const { fileID, streetId } = (payload ?? {}) as { fileID?: unknown; streetId?: unknown }
    if (typeof fileID !== 'string' || !/\.xlsx$/i.test(pathOfFileID(fileID) ?? ''))
      throw new AppError('INVALID_INPUT', '请上传 .xlsx 表格文件', {
        fileID: '请上传 .xlsx 表格文件',
      })
    if (streetId !== undefined && !isStreetId(streetId))
      throw new AppError('INVALID_INPUT', '请选择要导入的街道', { streetId: '请选择街道' })
    return { fileID, streetId }
  },
  async handle(ctx, { fileID, streetId: named }) {
    if (!isOwnUpload(fileID, ctx.openid))
      throw new AppError('INVALID_INPUT', '只能导入自己刚上传的文件', { fileID: '请重新上传文件' })
    const streetId = await onboardingStreetId(ctx, named)
    let bytes: Buffer
    try {
      bytes = ((await ctx.cloud.downloadFile({ fileID })) as { fileContent: Buffer }).fileContent
    } catch {
      throw new AppError('NOT_FOUND', '找不到上传的文件，请重新上传')
    }
    if (bytes.length > MAX_BYTES)
      throw new AppError('INVALID_INPUT', '文件过大（上限 5 MB），请分批导入')
    return importStreet(ctx.db, streetId, bytes, ctx.now())
  },
}
