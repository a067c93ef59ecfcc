import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { cloud } from '@/services/cloud'
import { RootStore } from '@/stores/RootStore'
import { StoreProvider } from '@/stores/context'
import './app.css'

/** One RootStore for the whole app; its services are the real cloud client here, fakes in tests. */
const rootStore = new RootStore({ cloud })

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void rootStore.session.load()
  })
  return <StoreProvider store={rootStore}>{children}</StoreProvider>
}

export default App
