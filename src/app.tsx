import Taro, { useDidShow, useLaunch } from '@tarojs/taro'
import { reaction } from 'mobx'
import type { PropsWithChildren } from 'react'
import { pageUrl } from '@shared/routes'
import { cloud } from '@/services/cloud'
import { openEvents } from '@/services/events'
import * as keeper from '@/services/keep'
import { photos } from '@/services/photos'
import { deviceStorage } from '@/services/storage'
import { RootStore } from '@/stores/RootStore'
import { StoreProvider } from '@/stores/context'
import './app.css'

/** One RootStore for the whole app; its services are the real cloud client here, fakes in tests. */
const rootStore = new RootStore({ cloud, storage: deviceStorage, keeper, photos })

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
    // Drafts saved while offline (待发送) go out as soon as the phone is back online.
    Taro.onNetworkStatusChange((s) => s.isConnected && void rootStore.outbox.flush())
  })
  useDidShow(() => void rootStore.outbox.flush())
  return <StoreProvider store={rootStore}>{children}</StoreProvider>
}

export default App
