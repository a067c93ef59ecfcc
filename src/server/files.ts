import { AppError } from '../shared/errors'
import { isOwnUpload } from '../shared/uploads'
import type { Cloud } from './context'

/** Every fileID names a file that is really in storage (an interrupted upload leaves none). */
export async function filesExist(cloud: Cloud, fileIDs: string[]): Promise<boolean> {
  if (fileIDs.length === 0) return true
  const { fileList } = await cloud.getTempFileURL({ fileList: fileIDs })
  return (fileList as Array<{ status?: number; code?: string; tempFileURL?: string }>).every(
    (f) => (f.status === 0 || f.code === 'SUCCESS') && !!f.tempFileURL,
  )
}

/** Why `openid` may not attach these files: not their own uploads, or not (all) in storage. */
export async function uploadProblem(
  cloud: Cloud,
  openid: string,
  fileIDs: string[],
): Promise<'notOwn' | 'missing' | null> {
  if (!fileIDs.every((id) => isOwnUpload(id, openid))) return 'notOwn'
  return (await filesExist(cloud, fileIDs)) ? null : 'missing'
}

/**
 * The one check of a report's photos, wherever they are attached (filing, 办理进展, 办结): each
 * must be the caller's own upload and really in storage. Throws INVALID_INPUT; changes nothing.
 */
export async function requireOwnPhotos(
  ctx: { cloud: Cloud; openid: string },
  photos: string[],
): Promise<void> {
  const problem = await uploadProblem(ctx.cloud, ctx.openid, photos)
  if (problem === 'notOwn')
    throw new AppError('INVALID_INPUT', '照片须由本人上传', {
      photos: '照片须由本人上传，请重新添加',
    })
  if (problem === 'missing')
    throw new AppError('INVALID_INPUT', '有照片未上传成功', {
      photos: '有照片未上传成功，请重试或删除后再提交',
    })
}
