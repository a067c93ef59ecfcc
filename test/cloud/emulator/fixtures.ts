import path from 'node:path'
import { startSystem, type SystemOptions } from '../../support/system'

/** The fixture functions (test/cloud/fixtures/functions) instead of the app's. */
export const FIXTURE_FUNCTIONS = path.resolve(__dirname, '..', 'fixtures', 'functions')

export function startWithFixtures(options: SystemOptions = {}) {
  return startSystem({
    ...options,
    env: { SEED: '0', FUNCTIONS_DIR: FIXTURE_FUNCTIONS, ...options.env },
  })
}

/** Calls /__emulator/invoke and returns the HTTP status with the body (errors included). */
export async function invokeRaw(url: string, name: string, event: object, openid?: string) {
  const res = await fetch(`${url}/__emulator/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, event, openid }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}
