import { useDidShow } from '@tarojs/taro'
import { useStores } from './context'

/** A tab page puts the unread badge up when it shows (set elsewhere, WeChat may have refused it). */
export function useTabBadge(): void {
  const root = useStores()
  useDidShow(() => root.showBadge())
}
