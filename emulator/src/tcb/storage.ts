import type { IncomingMessage, ServerResponse } from 'node:http'
import crypto from 'node:crypto'
import type { Ctx } from '../context'
import { decodePath, readBody, MB } from '../http'
import { StorageError, MAX_FILE_BYTES } from '../storage'
import { invalidParam } from '../db/errors'
import { mayWrite } from '../gateway/files'
import { boundaryOf, parseMultipart } from './multipart'

type Params = Record<string, unknown>

/**
 * `storage.*` actions. Uploads from functions go as on CloudBase: getUploadMetadata returns a
 * signed URL (ours: /__upload/<path>), then @cloudbase/node-sdk POSTs the bytes there as
 * multipart (a raw PUT is accepted too); errors come back in COS's XML shape.
 */
export async function storageAction(ctx: Ctx, action: string, p: Params): Promise<Params> {
  const s = ctx.storage
  switch (action) {
    case 'storage.getUploadMetadata': {
      const cloudPath = s.checkPath(p.path)
      // Asked for by a function: the file is the server's (no user owns it, so no client can
      // read or replace it under the storage rules). The owner is signed with the path.
      const owner = ''
      const authorization = s.sign(`upload:${cloudPath}\n${owner}`, 0)
      const url = `${ctx.baseUrl()}/__upload/${encodeURIComponent(cloudPath)}?owner=${encodeURIComponent(owner)}&sign=${authorization}`
      return {
        data: {
          url,
          token: 'emulator',
          authorization,
          fileId: s.fileId(cloudPath),
          cosFileId: crypto.randomUUID(),
        },
      }
    }
    case 'storage.batchGetDownloadUrl': {
      const list = Array.isArray(p.file_list)
        ? (p.file_list as Array<{ fileid: string; max_age?: number }>)
        : []
      return {
        data: {
          download_list: list.map((f) => {
            try {
              const cloudPath = s.pathOf(f.fileid)
              if (!s.exists(cloudPath))
                return { fileID: f.fileid, code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' }
              return {
                fileID: f.fileid,
                code: 'SUCCESS',
                tempFileURL: s.url(cloudPath, f.max_age ?? 86400),
                maxAge: f.max_age,
              }
            } catch {
              return { fileID: f.fileid, code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' }
            }
          }),
        },
      }
    }
    case 'storage.batchDeleteFile': {
      if (!Array.isArray(p.fileid_list)) throw invalidParam('fileid_list must be an array')
      const out = []
      for (const id of p.fileid_list as string[]) {
        let code = 'SUCCESS'
        try {
          if (!s.remove(s.pathOf(id))) code = 'STORAGE_FILE_NONEXIST'
          else await ctx.db.remove('files', { _id: id }, false)
        } catch {
          code = 'STORAGE_FILE_NONEXIST'
        }
        out.push({ fileID: id, code })
      }
      return { data: { delete_list: out } }
    }
    default:
      throw invalidParam(`the local emulator does not implement ${action}`)
  }
}

function xmlError(res: ServerResponse, status: number, code: string, message: string): void {
  const id = crypto.randomUUID()
  res.writeHead(status, { 'content-type': 'application/xml' })
  res.end(
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${message.replace(/[<&>]/g, '')}</Message><RequestId>${id}</RequestId><TraceId>${id}</TraceId></Error>`,
  )
}

/** The upload URL handed out by getUploadMetadata. */
export async function handleSdkUpload(
  ctx: Ctx,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const s = ctx.storage
  try {
    const cloudPath = s.checkPath(decodePath(url.pathname.slice('/__upload/'.length)))
    const owner = url.searchParams.get('owner') ?? ''
    if (url.searchParams.get('sign') !== s.sign(`upload:${cloudPath}\n${owner}`, 0))
      return xmlError(res, 403, 'SignatureDoesNotMatch', 'bad upload signature')
    const contentType = s.contentType(cloudPath)
    // A user's signed upload URL is still a client write: the storage rules judge it.
    if (owner && !(await mayWrite(ctx, owner, cloudPath)))
      return xmlError(res, 403, 'AccessDenied', 'denied by the storage security rules')
    // A browser's direct PUT (the HTTP API's upload URL): the declared type must be the name's.
    const sent = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase()
    if (req.method === 'PUT' && owner && sent !== contentType) {
      req.resume()
      return xmlError(
        res,
        415,
        'InvalidArgument',
        `文件类型不符：${sent || '(无)'}，应为 ${contentType}`,
      )
    }
    // A browser's file is held to the client limit; node-sdk's multipart form has some framing.
    const body = await readBody(
      req,
      req.method === 'PUT' && owner ? MAX_FILE_BYTES : MAX_FILE_BYTES + MB,
    )
    if (req.method === 'PUT' && owner && !body.length)
      return xmlError(res, 400, 'InvalidArgument', '文件为空')
    let bytes = body
    const boundary = boundaryOf(req.headers['content-type'])
    if (req.method === 'POST' && boundary) {
      const file = parseMultipart(body, boundary).find((part) => part.name === 'file')
      if (!file) return xmlError(res, 400, 'InvalidArgument', 'no file part')
      bytes = file.data
    }
    s.put(cloudPath, bytes)
    const fileID = s.fileId(cloudPath)
    await recordFile(ctx, fileID, cloudPath, bytes.length, contentType, owner)
    res.writeHead(200, { 'content-type': 'application/xml' })
    res.end('')
  } catch (err) {
    if (err instanceof StorageError) return xmlError(res, err.status, err.code, err.message)
    const e = err as { status?: number; message?: string }
    xmlError(res, e.status ?? 400, 'InvalidRequest', e.message ?? String(err))
  }
}

/** `files` records who uploaded what (`ownerOpenid`, '' for a function): the storage rules' `resource.openid`. */
export async function recordFile(
  ctx: Ctx,
  fileID: string,
  cloudPath: string,
  size: number,
  contentType: string,
  ownerOpenid: string,
): Promise<void> {
  const doc = { cloudPath, size, contentType, ownerOpenid, createdAt: new Date(ctx.clock.now()) }
  await ctx.db.modify('files', {
    query: { _id: fileID },
    data: doc,
    multi: false,
    merge: false,
    upsert: true,
  })
}
