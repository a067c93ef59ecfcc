import type { Action } from '@server/router'
import { readableFiles } from '@server/file-access'
import type { UserActions } from '@shared/contracts/user'
import { AppError } from '@shared/errors'

type A = UserActions['user.fileUrls']
/** Short-lived: a URL copied out of the app stops working soon after. */
const MAX_AGE_SEC = 600
const MAX_FILES = 50

function validate(p: unknown): A['req'] {
  const ids = (p as { fileIDs?: unknown })?.fileIDs
  if (
    !Array.isArray(ids) ||
    ids.length > MAX_FILES ||
    !ids.every((id) => typeof id === 'string' && id.length <= 600)
  )
    throw new AppError('INVALID_INPUT', `一次最多取 ${MAX_FILES} 个文件的地址`)
  return { fileIDs: [...new Set(ids as string[])] }
}

/**
 * `user.fileUrls`: temporary URLs for the files the caller may read (file-access.ts decides
 * from what each file is attached to). Files they may not read are left out of the answer, the
 * same as files that do not exist, so ids can't be probed.
 */
export const fileUrls: Action<'user.fileUrls'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office', 'district'],
  validate,
  async handle(ctx, { fileIDs }) {
    const readable = [...(await readableFiles(ctx, fileIDs))]
    if (!readable.length) return { urls: {} }
    const { fileList } = (await ctx.cloud.getTempFileURL({
      fileList: readable.map((fileID) => ({ fileID, maxAge: MAX_AGE_SEC })),
    })) as { fileList: Array<{ fileID: string; tempFileURL?: string; code?: string }> }
    const urls: Record<string, string> = {}
    for (const f of fileList) if (f.tempFileURL) urls[f.fileID] = f.tempFileURL
    return { urls }
  },
}
