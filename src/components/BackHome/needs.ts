import { PAGE } from '@shared/routes'

/** Tab pages are the way home themselves: no control there. */
const TABS: readonly string[] = [PAGE.home, PAGE.me]

/**
 * True when the page at `path` was opened with nothing to go back to in this tab (a deep link or
 * a message's link opened fresh: the router's history index is 0) and is not a tab page.
 */
export function needsBackHome(path: string, historyIndex: number | undefined): boolean {
  const page = `/${path.replace(/^[#/]+/, '').split('?')[0]}`
  // '/': the hash router's 首页 when the address names no page.
  return page !== '/' && !TABS.includes(page) && !historyIndex
}
