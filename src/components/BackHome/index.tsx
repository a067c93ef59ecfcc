import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PAGE } from '@shared/routes'
import { needsBackHome } from './needs'
import './index.css'

/** The router's (history v5) index of this entry: 0 for the first page of the tab. */
function historyIndex(): number | undefined {
  return (window.history.state as { idx?: number } | null)?.idx
}

/**
 * 返回首页 (H5 only): where the browser has no history, a page other than a tab page would be a
 * dead end — the browser's back button does nothing and the tab bar is not shown on it.
 * Taro's own H5 navigation bar would do this but is off (window.navigationStyle), so this is it.
 */
export function BackHome() {
  const [path, setPath] = useState(() => window.location.hash)
  useEffect(() => {
    const onChange = (e: { toLocation?: { path?: string } }) => setPath(e.toLocation?.path ?? '')
    Taro.eventCenter.on('__taroRouterChange', onChange)
    return () => void Taro.eventCenter.off('__taroRouterChange', onChange)
  }, [])
  // The hash router opens on 首页 when the address names no page.
  if (!path || path === '#/' || !needsBackHome(path, historyIndex())) return null
  return (
    <View className='back-home' onClick={() => void Taro.reLaunch({ url: PAGE.home })}>
      <Text>‹ 返回首页</Text>
    </View>
  )
}
