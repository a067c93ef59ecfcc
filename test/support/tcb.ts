import { sign } from '@cloudbase/signature-nodejs'
import { tcbCredential } from './sdk'
import type { System } from './system'

export interface RawTcbOptions {
  /** Sign with this key instead of the emulator's (a forged credential). */
  secretKey?: string
  /** Unix seconds the signature claims (a stale one). */
  timestamp?: number
  /** The invocation id a function worker's URL carries. */
  inv?: string
  /** Send no Authorization at all, as a web page would. */
  unsigned?: boolean
  /** Send this body under the signature made for `params` (a body altered in transit). */
  body?: Record<string, unknown>
}

/**
 * One raw POST /tcb with a JSON body, signed with the signer wx-server-sdk itself uses
 * (@cloudbase/signature-nodejs, the SDK's own dependency) — for the wire cases the SDK cannot be
 * made to send: a forged key, a stale signature, a payload it would not build.
 */
export async function tcbRaw(
  system: System,
  params: Record<string, unknown>,
  o: RawTcbOptions = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = `${system.url}/tcb${o.inv ? `?inv=${o.inv}` : ''}`
  const credential = tcbCredential(system)
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    host: new URL(system.url).host,
  }
  if (!o.unsigned) {
    const { authorization, timestamp } = sign({
      secretId: credential.secretId,
      secretKey: o.secretKey ?? credential.secretKey,
      method: 'post',
      url,
      headers,
      params,
      timestamp: o.timestamp ?? Math.floor(Date.now() / 1000) - 1,
      withSignedParams: true,
    })
    headers.authorization = authorization
    headers['x-timestamp'] = String(timestamp)
  }
  delete headers.host // fetch sets it, to the same value
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(o.body ?? params) })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}
