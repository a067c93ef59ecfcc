import { postJson } from '../../support/http-api'
import type { System } from '../../support/system'
import { cloudRoute } from './wx'

/**
 * Sends the compiled app's `wx.cloud.callFunction` to a running emulator's HTTP API
 * (POST /v1/functions/<name>) as the user holding `token` — the real functions, rules and data
 * instead of the fixture handlers. Returns the function that stops forwarding.
 */
export function forwardCloudTo(system: System, token: string): () => void {
  cloudRoute.forward = async (name, data) => {
    const r = await postJson(system, `/v1/functions/${encodeURIComponent(name)}`, data, token)
    if (r.status !== 200) throw new Error(`callFunction ${name}: HTTP ${r.status}`)
    return r.body
  }
  return () => void delete cloudRoute.forward
}
