import { functionOf } from '@shared/contracts'
import { AppError } from '@shared/errors'
import type { GrantAnswers } from '@shared/subscribe'
import { transportError, unwrap } from './envelope'
import {
  accessToken,
  authedPost,
  BASE,
  deskKey,
  hasUserSession,
  ON_EMULATOR,
  onSessionEnded,
  post,
  signInWithTicket,
  signOut,
} from './http-auth'
import type { CloudClient, DemoIdentity, LocalAuth, WebAuth } from './types'

/**
 * H5 build: CloudBase's HTTP API (http-auth.ts) — functions at POST /v1/functions/{name}, uploads
 * through /v1/storages/get-objects-upload-info — the same against the emulator and CloudBase.
 */

/** The demo ticket issuer's picker: present only when the build talks to the emulator. */
const localAuth: LocalAuth | undefined = ON_EMULATOR
  ? {
      async listIdentities() {
        let res: Response
        try {
          res = await fetch(`${BASE}/api/identities`)
        } catch (err) {
          throw transportError(err)
        }
        if (!res.ok) throw new AppError('INTERNAL', '本地登录服务不可用')
        return (await res.json()) as DemoIdentity[]
      },
      async signIn(openid) {
        const { ticket } = (await post('/api/demo/ticket', { openid })) as { ticket: string }
        await signInWithTicket(ticket)
      },
      signOut() {
        void signOut()
      },
      isSignedIn: hasUserSession,
    }
  : undefined

/** The desk's session on CloudBase's HTTP API (signed in by a scan, or the demo picker). */
const webAuth: WebAuth = {
  isSignedIn: hasUserSession,
  signInWithTicket,
  deskKey,
  signOut,
  onSessionEnded,
}

interface UploadInfo {
  uploadUrl?: string
  authorization?: string
  token?: string
  cloudObjectMeta?: string
  cloudObjectId?: string
  code?: string
  message?: string
}

/** PUTs the bytes to the signed upload URL (XHR: fetch has no upload progress). */
function put(info: UploadInfo, file: Blob, onProgress?: (f: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('PUT', info.uploadUrl ?? '')
    xhr.setRequestHeader('Authorization', info.authorization ?? '')
    if (info.token) xhr.setRequestHeader('X-Cos-Security-Token', info.token)
    if (info.cloudObjectMeta) xhr.setRequestHeader('X-Cos-Meta-Fileid', info.cloudObjectMeta)
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream')
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total)
    xhr.onerror = () => reject(new AppError('NETWORK'))
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300
        ? resolve()
        : reject(new AppError('INVALID_INPUT', '上传失败，请重试'))
    xhr.send(file)
  })
}

export const cloud: CloudClient = {
  platform: 'h5',
  localAuth,
  webAuth,

  async call(action, payload) {
    return unwrap(await authedPost(`/v1/functions/${functionOf(action)}`, { action, payload }))
  },

  async uploadFile(file, cloudPath, onProgress) {
    if (typeof file === 'string') throw new AppError('INVALID_INPUT', '请选择文件')
    const [info] = (await authedPost('/v1/storages/get-objects-upload-info', [
      { objectId: cloudPath },
    ])) as UploadInfo[]
    if (!info?.uploadUrl || !info.cloudObjectId)
      throw new AppError('FORBIDDEN', info?.message || '没有权限上传该文件')
    await put(info, file, onProgress)
    return info.cloudObjectId
  },

  async requestGrants(templateIds) {
    // The emulator stands in for WeChat's prompt: in the local demo every request is allowed.
    try {
      // The emulator's stand-in for WeChat's prompt; a browser on CloudBase has none to ask.
      if (!ON_EMULATOR) return {}
      return (await post('/api/subscribe', { templateIds }, await accessToken())) as GrantAnswers
    } catch {
      return {}
    }
  },

  async getFileUrls(fileIDs) {
    // Through a function, not storage: who may see a file depends on what it is attached to.
    if (fileIDs.length === 0) return {}
    return (await cloud.call('user.fileUrls', { fileIDs })).urls
  },
}
