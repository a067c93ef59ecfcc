import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import type { System } from '../../support/system'

import { startSystem } from '../../support/system'
import { tokensFor } from '../../support/http-api'
import { launchBrowser } from './browser'

export { startSystem, type System } from '../../support/system'

/**
 * A browser context signed in as a demo identity: a demo ticket, the HTTP API's custom sign-in,
 * and the tokens where the H5 client keeps them (src/services/cloud/http-auth.ts).
 */
export async function contextAs(
  browser: Browser,
  system: System,
  openid: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const t = await tokensFor(system, openid)
  const stored = JSON.stringify({
    access_token: t.access_token,
    refresh_token: t.refresh_token,
    expiresAt: Date.now() + t.expires_in * 1000,
    anonymous: false,
  })
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    ...options,
  })
  await context.addInitScript((s) => {
    // Only into a fresh page: a sign-out or a refresh in the test must not be undone on reload.
    if (!sessionStorage.getItem('xb.e2e')) localStorage.setItem('xb.auth', s)
    sessionStorage.setItem('xb.e2e', '1')
  }, stored)
  return context
}

/**
 * One local system (emulator + H5) and one Chromium for a test file, started before its tests
 * and stopped after. Read `.system` / `.browser` inside tests.
 */
export function useSystemAndBrowser(browserArgs: string[] = []): {
  system: System
  browser: Browser
} {
  const ctx = {} as { system: System; browser: Browser }
  beforeAll(async () => {
    ;[ctx.system, ctx.browser] = await Promise.all([startSystem(), launchBrowser(browserArgs)])
  })
  afterAll(async () => {
    await ctx.browser?.close()
    await ctx.system?.stop()
  })
  return ctx
}
