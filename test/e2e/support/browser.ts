import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

/** Where screenshots go; CI keeps the folder as the run's evidence. */
export const OUTPUT_DIR = path.resolve(__dirname, '..', '..', '..', 'test-output', 'e2e')

/**
 * Debian's Chromium (no browser download on this network), with the flags that keep it from
 * reaching for Google's services, which this machine refuses.
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  })
}

export function shot(name: string): string {
  return path.join(OUTPUT_DIR, `${name}.png`)
}
