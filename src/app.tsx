import Taro, { useDidShow, useLaunch } from '@tarojs/taro'
import { autorun, reaction } from 'mobx'
import { type PropsWithChildren, useEffect } from 'react'
import { PAGE, pageUrl } from '@shared/routes'
import { badge } from '@/services/badge'
import { cloud } from '@/services/cloud'
import { deviceFontScale } from '@/services/display'
import { openEvents } from '@/services/events'
import * as keeper from '@/services/keep'
import { location } from '@/services/location'
import { audio } from '@/services/audio'
import { recorder } from '@/services/recorder'
import { keepScrollRegionsFocusable } from '@/components/a11y'
import { mountBackHome } from '@/components/BackHome'
import { watchChunkFailures, openPage } from '@/components/navigate'
import { files } from '@/services/files'
import { photos } from '@/services/photos'
import { deviceStorage } from '@/services/storage'
import { RootStore } from '@/stores/RootStore'
import { StoreProvider } from '@/stores/context'
import './app.css'

/** One RootStore for the whole app; its services are the real cloud client here, fakes in tests. */
const rootStore = new RootStore({
  cloud,
  storage: deviceStorage,
  keeper,
  photos,
  files,
  location,
  recorder,
  audio,
  badge,
  fontScale: deviceFontScale,
})

// The live stream follows the signed-in user: opened when the session is ready, reopened on a
// switch of identity, and the unread badge loaded with it.
let closeEvents = () => undefined as void
reaction(
  () => (rootStore.session.status === 'ready' ? rootStore.session.openid : ''),
  (openid) => {
    closeEvents()
    closeEvents = openid ? openEvents((e) => rootStore.messages.onEvent(e)) : () => undefined
    if (openid) void rootStore.messages.refresh()
  },
)

// H5: the mode's class also on <html>, so what lives outside a page (tab bar, toasts) follows it.
if (process.env.TARO_ENV === 'h5') {
  keepScrollRegionsFocusable()
  autorun(() => document.documentElement.classList.toggle('elder', rootStore.display.elder))
}

// A tap whose page cannot load (offline) says so instead of doing nothing (H5 chunks).
if (process.env.TARO_ENV === 'h5') watchChunkFailures()
// A deep link opened fresh has no way back: 返回首页 (WeChat shows its own home button there).
if (process.env.TARO_ENV === 'h5') mountBackHome()
// An unknown address (a mistyped or outdated link) shows a page that says so, not a blank one.
Taro.onPageNotFound?.(() => openPage('redirectTo', PAGE.notFound))

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void rootStore.session.load()
    // WeChat holds a privacy API until the user answers on 隐私政策 (weapp only; base library
    // 2.32.3 and later — older ones have no privacy question to answer).
    if (process.env.TARO_ENV === 'weapp' && typeof Taro.onNeedPrivacyAuthorization === 'function')
      Taro.onNeedPrivacyAuthorization((resolve) => {
        rootStore.privacy.ask(resolve)
        void Taro.navigateTo({ url: pageUrl('privacy', { ask: '1' }) }).then(() =>
          rootStore.privacy.shown(),
        )
      })
    // Drafts saved while offline (待发送) go out as soon as the phone is back online. H5's
    // onNetworkStatusChange follows navigator.connection, which most browsers lack or do not
    // change on a reconnect: the window's online event is the one every browser sends.
    Taro.onNetworkStatusChange((s) => s.isConnected && void rootStore.outbox.flush())
    if (process.env.TARO_ENV === 'h5')
      window.addEventListener('online', () => void rootStore.outbox.flush())
  })
  useDidShow(() => void rootStore.outbox.flush())
  // index.html's loading indicator (shown from the first byte) goes once the app has drawn.
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.getElementById('boot')?.remove()
  }, [])
  return <StoreProvider store={rootStore}>{children}</StoreProvider>
}

export default App
