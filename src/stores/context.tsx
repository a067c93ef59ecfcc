import { createContext, useContext, type PropsWithChildren } from 'react'
import type { RootStore } from './RootStore'

const StoreContext = createContext<RootStore | null>(null)

export function StoreProvider({ store, children }: PropsWithChildren<{ store: RootStore }>) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

/** The RootStore of the running app (or of the test that rendered the page). */
export function useStores(): RootStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useStores() must be used inside <StoreProvider>')
  return store
}
