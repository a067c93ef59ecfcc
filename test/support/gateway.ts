import { postJson, tokensFor, type TokenAnswer } from './http-api'
import type { System } from './system'

/** A signed-in user of the HTTP API, as the H5 app is: access token, calls, uploads. */
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
  let tokens = await tokensFor(system, openid)
  /**
   * POSTs JSON with the access token; when the emulator clock has moved past its 2 h, refreshes
   * it once and retries — as the H5 client does (src/services/cloud/http-auth.ts).
   */
  async function authed(path: string, body: unknown): Promise<Response> {
    const send = () =>
      fetch(`${system.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${tokens.access_token}`,
        },
        body: JSON.stringify(body),
      })
    const r = await send()
    if (r.status !== 401) return r
    const renewed = await postJson(system, '/auth/v1/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    })
    if (renewed.status !== 200) return r
    tokens = renewed.body as unknown as TokenAnswer
    return send()
  }
  return {
    openid,
    get token() {
      return tokens.access_token
    },
    async call(action, payload = {}) {
      return (await authed(`/v1/functions/${action.split('.')[0]}`, { action, payload })).json()
    },
    async upload(cloudPath, bytes, type = 'image/jpeg') {
      const info = await authed('/v1/storages/get-objects-upload-info', [{ objectId: cloudPath }])
      const [target] = (await info.json()) as Array<{
        uploadUrl?: string
        authorization?: string
        cloudObjectId?: string
        code?: string
        message?: string
      }>
      if (!target?.uploadUrl) throw new Error(`upload ${cloudPath}: ${info.status} ${target?.code}`)
      const r = await fetch(target.uploadUrl, {
        method: 'PUT',
        headers: { 'content-type': type, authorization: target.authorization ?? '' },
        body: bytes,
      })
      if (!r.ok) throw new Error(`upload ${cloudPath}: ${r.status} ${await r.text()}`)
      return String(target.cloudObjectId)
    },
  }
}

/** A tiny valid JPEG (1×1), enough for storage and type checks. */
export const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
)
