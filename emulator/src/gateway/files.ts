import type { ServerResponse } from 'node:http'
import { MIME, sniffType } from '../../../src/shared/file-types'
import type { Ctx } from '../context'
import { decodePath, HttpError } from '../http'
import type { Auth } from '../rules'
import { ALLOWED_TYPES, StorageError } from '../storage'

/** CloudBase's answer for a client request its security rules refuse. */
const DENIED = 'STORAGE_EXCEED_AUTHORITY'

function storageError(err: unknown): never {
  if (err instanceof StorageError) throw new HttpError(err.status, err.code, err.message)
  throw err
}

/** A signed-in gateway user as the rules see them; null when not signed in. */
export function authOf(openid: string): Auth | null {
  return openid ? { openid, uid: openid, loginType: 'CUSTOM' } : null
}

/** Who uploaded the file at `fileID` (recorded on every upload); null when there is none. */
async function ownerOf(ctx: Ctx, fileID: string): Promise<string | null> {
  const [f] = await ctx.db.find('files', { query: { _id: fileID }, limit: 1 })
  return f ? String(f.ownerOpenid ?? '') : null
}

/**
 * Whether a client may write `cloudPath`: the storage rules judge the file as stored, or — for
 * a new file — as it would be stored (its uploader is the caller), as CloudBase does.
 */
export async function mayWrite(ctx: Ctx, openid: string, cloudPath: string): Promise<boolean> {
  const owner = await ownerOf(ctx, ctx.storage.fileId(cloudPath))
  const resource = { openid: owner ?? openid, path: cloudPath }
  return ctx.rules.file('write', authOf(openid), resource)
}

/**
 * Temporary URLs (the HTTP API's get-objects-download-info) for the files the storage rules let this client read
 * (its own uploads); any other file answers an empty URL with CloudBase's refusal code. Others'
 * files are read through a function (user.fileUrls), which decides from what they belong to.
 */
export async function clientFileUrls(ctx: Ctx, fileIDs: unknown[], openid: string) {
  const paths = fileIDs.map((id) => {
    try {
      return ctx.storage.pathOf(id)
    } catch (err) {
      return storageError(err)
    }
  })
  return Promise.all(
    paths.map(async (cloudPath, n) => {
      const fileID = fileIDs[n] as string
      const owner = await ownerOf(ctx, fileID)
      if (owner === null || !ctx.storage.exists(cloudPath))
        return { fileID, code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' }
      if (!ctx.rules.file('read', authOf(openid), { openid: owner, path: cloudPath }))
        return { fileID, code: DENIED, tempFileURL: '' }
      return { fileID, code: 'SUCCESS', tempFileURL: ctx.storage.url(cloudPath, 600) }
    }),
  )
}

/**
 * GET /files/<path>?sign&t — a temporary download URL. The type comes from the bytes, never the
 * name, and `nosniff` stops a browser from guessing another: HTML named .jpg is not run.
 */
export function serveFile(ctx: Ctx, res: ServerResponse, url: URL): void {
  let cloudPath: string
  const raw = decodePath(url.pathname.slice('/files/'.length))
  try {
    cloudPath = ctx.storage.checkPath(raw)
  } catch (err) {
    return storageError(err)
  }
  if (!ctx.storage.verify(cloudPath, url.searchParams.get('sign'), url.searchParams.get('t')))
    throw new HttpError(403, 'SIGN_INVALID', '链接无效或已过期')
  const bytes = ctx.storage.read(cloudPath)
  if (!bytes) throw new HttpError(404, 'FILE_NOT_FOUND', '文件不存在')
  const kind = sniffType(bytes)
  const byName = ALLOWED_TYPES[cloudPath.split('.').pop()?.toLowerCase() ?? '']
  // Text and spreadsheets have no magic number worth trusting; they are never shown inline.
  const type = kind ? MIME[kind] : byName === 'text/plain' ? 'text/plain; charset=utf-8' : ''
  res.writeHead(200, {
    'content-type': type || 'application/octet-stream',
    'content-length': bytes.length,
    'cache-control': 'private, max-age=3600',
    'x-content-type-options': 'nosniff',
    ...(type.startsWith('image/') ? {} : { 'content-disposition': 'attachment' }),
  })
  res.end(bytes)
}
