import { tokensFor } from './http-api'
import type { System } from './system'

/**
 * What a call came back as, reduced to one word: `OK`, an envelope's error code, `UNAUTHENTICATED`
 * for the gateway's 401, `CRASH` when the function itself failed (the platform's -504002), or
 * `HTTP_<status>` for anything else the gateway refused.
 */
export interface Outcome {
  code: string
  status: number
  body: unknown
}

/** One way of reaching the functions: a signed-in user, nobody, a forged token, the platform. */
export interface Caller {
  label: string
  openid?: string
  call(fn: string, event: unknown): Promise<Outcome>
}

function outcome(status: number, body: unknown): Outcome {
  const b = body as { ok?: unknown; error?: { code?: string }; errCode?: unknown } | null
  if (status === 200 && b && b.ok === false) return { code: String(b.error?.code), status, body }
  if (status === 200) return { code: 'OK', status, body }
  if (status === 401) return { code: 'UNAUTHENTICATED', status, body }
  if (b?.errCode === -504002 || (b as { code?: unknown })?.code === 'FUNCTIONS_EXECUTE_FAIL')
    return { code: 'CRASH', status, body }
  return { code: `HTTP_${status}`, status, body }
}

/** Through the HTTP API (POST /v1/functions/<fn>), with this access token or none. */
export function gatewayCaller(system: System, label: string, token?: string, openid?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  return {
    label,
    openid,
    async call(fn: string, event: unknown): Promise<Outcome> {
      const r = await fetch(`${system.url}/v1/functions/${fn}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(event),
      })
      const text = await r.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // not JSON: keep the text for the report
      }
      return outcome(r.status, body)
    },
  } satisfies Caller
}

/** A signed-in user of the HTTP API (a demo ticket, then the custom sign-in). */
export async function userCaller(system: System, label: string, openid: string): Promise<Caller> {
  const token = (await tokensFor(system, openid)).access_token
  return gatewayCaller(system, label, token, openid)
}

/** A token shaped like the HTTP API's access token, claiming the office, with a made-up MAC. */
export function forgedToken(openid = 'demo-office-1'): string {
  const claims = { sub: 'x'.repeat(32), cu: openid, anon: false, sid: 's', k: 'a' }
  const body = Buffer.from(JSON.stringify({ ...claims, exp: Date.now() + 3600_000 })).toString(
    'base64url',
  )
  return `${body}.${Buffer.alloc(32, 7).toString('base64url')}`
}

/** The platform calling a function with no caller identity (the emulator's direct invoke). */
export function platformCaller(system: System, label = 'timer'): Caller {
  return {
    label,
    async call(fn, event) {
      const res = await fetch(`${system.url}/__emulator/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: fn, event }),
      })
      const body = (await res.json()) as { result?: unknown }
      return res.ok ? outcome(200, body.result) : outcome(res.status, body)
    },
  }
}

/** Runs `jobs` with at most `n` in flight; results in order. */
export async function pool<T>(n: number, jobs: Array<() => Promise<T>>): Promise<T[]> {
  const out: T[] = new Array(jobs.length)
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++
      out[i] = await jobs[i]()
    }
  }
  await Promise.all(Array.from({ length: Math.min(n, jobs.length) }, worker))
  return out
}

/**
 * Starts `instances` warm instances of each function (the emulator's pool size), so a later
 * burst of calls on a busy machine is not timed by cold starts. Answers are not looked at.
 */
export async function warmUp(system: System, fns: string[], instances = 4): Promise<void> {
  const nobody = platformCaller(system)
  await Promise.all(
    fns.flatMap((fn) =>
      Array.from({ length: instances }, () => nobody.call(fn, { action: 'warm.up' })),
    ),
  )
}
