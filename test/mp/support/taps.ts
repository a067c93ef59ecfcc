import { calls, renderPage, settle } from './load'

type Page = Awaited<ReturnType<typeof renderPage>>

/** Taps the element of `selector` whose text contains `text`, as a finger would. */
export async function tap(page: Page, selector: string, text: string): Promise<void> {
  const hit = page
    .querySelectorAll(selector)
    .find((c) => (c.dom as Element).textContent?.includes(text))
  if (!hit) throw new Error(`nothing to tap: ${selector} with ${text}`)
  hit.dispatchEvent('tap')
  await settle(20)
}

/** The arguments of every call the page made to a platform API (wx.…), oldest first. */
export const called = (api: string) =>
  calls.filter((c) => c.api === api).map((c) => c.args as Record<string, unknown>)
