import { functionOf } from '@shared/contracts'
import { AppError } from '@shared/errors'
import type { GrantAnswers } from '@shared/subscribe'
import { transportError, unwrap } from './envelope'
import type { CloudClient, DemoIdentity, LocalAuth } from './types'

/**
 * H5 build: talks HTTP to the local gateway (the emulator, see emulator/README.md). The session
 * token comes from the emulator's local sign-in and is kept in localStorage.
 */
const BASE = (process.env.TARO_APP_GATEWAY || '').replace(/\/$/, '')
const TOKEN_KEY = 'xb.session'

function token(): string {
  try {
    return localStorage.getItem(TOKEN_KEY) ?? ''
  } catch {
    return ''
  }
}

function authHeaders(): Record<string, string> {
  const t = token()
  return t ? { Authorization: `Bearer ${t}` } : {}
}

async function postJson(path: string, body: unknown): Promise<unknown> {
  let res: Response
  try {
    res = await fetch(`${BASE}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeaders() },
      body: JSON.stringify(body),
    })
  } catch (err) {
    throw transportError(err)
  }
  const json: unknown = await res.json().catch(() => null)
  if (res.status === 401) throw new AppError('UNAUTHENTICATED')
  if (!res.ok) {
    const msg = (json as { errMsg?: string } | null)?.errMsg
    throw new AppError(res.status >= 500 ? 'INTERNAL' : 'INVALID_INPUT', msg || undefined)
  }
  return json
}

const localAuth: LocalAuth = {
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
    const out = (await postJson('/api/login', { openid })) as { token: string }
    localStorage.setItem(TOKEN_KEY, out.token)
  },
  signOut() {
    localStorage.removeItem(TOKEN_KEY)
  },
  isSignedIn() {
    return token() !== ''
  },
}

export const cloud: CloudClient = {
  platform: 'h5',
  localAuth,

  async call(action, payload) {
    return unwrap(await postJson(`/api/functions/${functionOf(action)}`, { action, payload }))
  },

  uploadFile(file, cloudPath, onProgress) {
    if (typeof file === 'string') return Promise.reject(new AppError('INVALID_INPUT', '请选择文件'))
    // XHR rather than fetch: fetch has no upload progress, and residents need a progress bar.
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest()
      xhr.open('POST', `${BASE}/api/upload?cloudPath=${encodeURIComponent(cloudPath)}`)
      for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v)
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream')
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total)
      xhr.onerror = () => reject(new AppError('NETWORK'))
      xhr.onload = () => {
        const body = JSON.parse(xhr.responseText || '{}') as { fileID?: string; errMsg?: string }
        if (xhr.status === 200 && body.fileID) resolve(body.fileID)
        else reject(new AppError('INVALID_INPUT', body.errMsg || '上传失败，请重试'))
      }
      xhr.send(file)
    })
  },

  async requestGrants(templateIds) {
    // The emulator stands in for WeChat's prompt: in the local demo every request is allowed.
    try {
      return (await postJson('/api/subscribe', { templateIds })) as GrantAnswers
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
