import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import type { System } from '../../support/system'

import { startSystem } from '../../support/system'
import { launchBrowser } from './browser'

export { startSystem, type System } from '../../support/system'

/** A browser context signed in as a demo identity through the emulator's local sign-in. */
export async function contextAs(
  browser: Browser,
  system: System,
  openid: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const res = await fetch(`${system.url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ openid }),
  })
  if (!res.ok) throw new Error(`login as ${openid} failed: ${res.status}`)
  const { token } = (await res.json()) as { token: string }
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    ...options,
  })
  // The H5 cloud client reads its session from localStorage (src/services/cloud/index.h5.ts).
  await context.addInitScript((t) => localStorage.setItem('xb.session', t), token)
  return context
}

/**
 * One local system (emulator + H5) and one Chromium for a test file, started before its tests
 * and stopped after. Read `.system` / `.browser` inside tests.
 */
export function useSystemAndBrowser(): { system: System; browser: Browser } {
  const ctx = {} as { system: System; browser: Browser }
  beforeAll(async () => {
    ;[ctx.system, ctx.browser] = await Promise.all([startSystem(), launchBrowser()])
  })
  afterAll(async () => {
    await ctx.browser?.close()
    await ctx.system?.stop()
  })
  return ctx
}
