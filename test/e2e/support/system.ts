import type { Browser, BrowserContext } from 'playwright-core'
import type { System } from '../../support/system'

export { startSystem, type System } from '../../support/system'

/** A browser context signed in as a demo identity through the emulator's local sign-in. */
export async function contextAs(
  browser: Browser,
  system: System,
  openid: string,
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
  })
  // The H5 cloud client reads its session from localStorage (src/services/cloud/index.h5.ts).
  await context.addInitScript((t) => localStorage.setItem('xb.session', t), token)
  return context
}
