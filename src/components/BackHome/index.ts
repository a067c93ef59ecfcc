import Taro from '@tarojs/taro'
import { PAGE } from '@shared/routes'
import { needsBackHome } from './needs'
import './index.css'

/** The router's (history v5) index of this entry: 0 for the first page of the tab. */
function historyIndex(): number | undefined {
  return (window.history.state as { idx?: number } | null)?.idx
}

/**
 * 返回首页 (H5 only): where the browser has no history, a page other than a tab page would be a
 * dead end — the browser's back button does nothing and the tab bar is not shown on it. Taro's
 * own H5 navigation bar would do this but is off (window.navigationStyle). A plain element on
 * <body>, outside the router's container: the router shows only its last child page.
 */
export function mountBackHome(): void {
  const el = document.createElement('div')
  el.className = 'back-home'
  el.setAttribute('role', 'link')
  el.textContent = '‹ 返回首页'
  el.style.display = 'none'
  el.addEventListener('click', () => void Taro.reLaunch({ url: PAGE.home }))
  const update = (path: string) => {
    el.style.display = needsBackHome(path, historyIndex()) ? '' : 'none'
  }
  Taro.eventCenter.on('__taroRouterChange', (e: { toLocation?: { path?: string } }) =>
    update(e.toLocation?.path ?? ''),
  )
  const mount = () => {
    document.body.appendChild(el)
    update(window.location.hash)
  }
  if (document.body) mount()
  else document.addEventListener('DOMContentLoaded', mount)
}
