import type { System } from './system'

/** A signed-in user of the H5 gateway, as the app would be: token, calls, uploads. */
export interface GatewayUser {
  openid: string
  token: string
  /** Calls `area.verb` and returns the envelope ({ok, data} | {ok:false, error}). */
  call<T = unknown>(
    action: string,
    payload?: unknown,
  ): Promise<{
    ok: boolean
    data: T
    error?: { code: string; message: string; fields?: Record<string, string> }
  }>
  /** Uploads bytes to cloudPath, returns the fileID. */
  upload(cloudPath: string, bytes: Buffer, type?: string): Promise<string>
}

export async function signIn(system: System, openid: string): Promise<GatewayUser> {
  const res = await fetch(`${system.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  })
  if (!res.ok) throw new Error(`login ${openid}: ${res.status}`)
  const { token } = (await res.json()) as { token: string }
  const auth = { authorization: `Bearer ${token}` }
  return {
    openid,
    token,
    async call(action, payload = {}) {
      const r = await fetch(`${system.url}/api/functions/${action.split('.')[0]}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ action, payload }),
      })
      return r.json()
    },
    async upload(cloudPath, bytes, type = 'image/jpeg') {
      const r = await fetch(`${system.url}/api/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
        method: 'POST',
        headers: { 'content-type': type, ...auth },
        body: bytes,
      })
      const body = (await r.json()) as { fileID?: string; errMsg?: string }
      if (!body.fileID) throw new Error(`upload ${cloudPath}: ${r.status} ${body.errMsg}`)
      return body.fileID
    },
  }
}

/** A tiny valid JPEG (1×1), enough for storage and type checks. */
export const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
)
