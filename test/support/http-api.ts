import type { System } from './system'

/** What POST /auth/v1/signin/custom answers (CloudBase's HTTP API). */
export interface TokenAnswer {
  token_type: string
  access_token: string
  refresh_token: string
  expires_in: number
  sub: string
}

export async function postJson(
  system: System,
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> & unknown[] }> {
  const r = await fetch(`${system.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })
  return { status: r.status, body: await r.json() }
}

/** A ticket from the emulator's demo issuer (what the auth function mints after a scan). */
export async function demoTicket(system: System, openid: string): Promise<string> {
  const r = await postJson(system, '/api/demo/ticket', { openid })
  if (r.status !== 200)
    throw new Error(`demo ticket ${openid}: ${r.status} ${JSON.stringify(r.body)}`)
  return String(r.body.ticket)
}

/** Signs in with a ticket through the HTTP API: the tokens, or throws with the refusal. */
export async function signInWithTicket(system: System, ticket: string): Promise<TokenAnswer> {
  const r = await postJson(system, '/auth/v1/signin/custom', { provider_id: 'custom', ticket })
  if (r.status !== 200) throw new Error(`sign-in: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body as unknown as TokenAnswer
}

/** A demo identity's tokens: demo ticket, then custom sign-in, as the H5 app does. */
export async function tokensFor(system: System, openid: string): Promise<TokenAnswer> {
  return signInWithTicket(system, await demoTicket(system, openid))
}

/** An anonymous visitor's access token (the public verify page signs in this way). */
export async function anonToken(system: System): Promise<string> {
  const r = await postJson(system, '/auth/v1/signin/anonymously', {})
  return String(r.body.access_token)
}
