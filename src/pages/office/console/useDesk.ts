import { useEffect, useRef, useState } from 'react'
import type { DeskStore } from './DeskStore'
import { isDeskKey } from './desk'

/** Where the desk layout starts: a reviewer's screen, not a phone or a narrow window. */
const DESK_QUERY = '(min-width: 1200px)'

/** True in the H5 build on a screen ≥ 1200 px wide (follows the window); never in weapp. */
export function useWide(): boolean {
  const media = () =>
    process.env.TARO_ENV === 'h5' &&
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function'
  const [wide, setWide] = useState(() => media() && window.matchMedia(DESK_QUERY).matches)
  useEffect(() => {
    if (!media()) return
    const mq = window.matchMedia(DESK_QUERY)
    const on = () => setWide(mq.matches)
    mq.addEventListener('change', on)
    return () => mq.removeEventListener('change', on)
  }, [])
  return wide
}

/**
 * The desk's keys (desk.ts) on the whole page, except while typing in a box, where j, k and
 * Enter are letters and the search's own Enter.
 */
export function useDeskKeys(desk: DeskStore): void {
  usePageKeys(isDeskKey, (k) => desk.key(k))
}

/** Keys a desk page answers (`accepts`), outside text boxes and without modifiers. */
export function usePageKeys<K extends string>(
  accepts: (k: string) => k is K,
  onKey: (k: K) => void,
): void {
  const latest = useRef(onKey)
  latest.current = onKey
  useEffect(() => {
    // A keyboard exists only in the H5 build; the mini-program's document has no key events.
    if (process.env.TARO_ENV !== 'h5') return
    const handle = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null
      if (e.ctrlKey || e.metaKey || e.altKey || !accepts(e.key)) return
      if (t?.closest('input, textarea, select, [contenteditable="true"]')) return
      e.preventDefault()
      latest.current(e.key)
    }
    document.addEventListener('keydown', handle)
    return () => document.removeEventListener('keydown', handle)
  }, [accepts])
}

/** Re-renders every minute, so countdowns (还剩 / 已超时) stay true while the page is open. */
export function useMinute(): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(t)
  }, [])
  return now
}
