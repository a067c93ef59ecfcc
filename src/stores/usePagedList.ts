import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useStores } from './context'
import type { ListState } from './PagedList'
import type { RootStore } from './RootStore'

/**
 * A paged list page's wiring, once: the list is made from the RootStore on first render, loads
 * each time the page shows, reloads on pull-down, loads more at the bottom, and (unless `live` is
 * false) reloads when a live event arrives, so new tasks and replies show without a reload.
 */
export function usePagedList<L extends ListState>(
  make: (root: RootStore) => L,
  {
    live = true,
    onShown,
  }: {
    live?: boolean
    /** After the list has loaded on showing the page (e.g. mark messages read). */
    onShown?: () => void
  } = {},
): L {
  const root = useStores()
  const [list] = useState(() => make(root))
  const { messages } = root
  useDidShow(() => void list.refresh().then(() => onShown?.()))
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => void list.more())
  useEffect(() => {
    if (live && messages.changes) void list.refresh()
  }, [list, live, messages.changes])
  return list
}
