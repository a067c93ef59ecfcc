import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { useStores } from './context'

/**
 * Keeps this page current while it is on screen (LivePoll: the mini-program's live path) and
 * lets go when it hides or closes, so nothing polls behind the user's back.
 */
export function useLive(): void {
  const { live } = useStores()
  const release = useRef<(() => void) | null>(null)
  const letGo = () => {
    release.current?.()
    release.current = null
  }
  useDidShow(() => {
    letGo()
    release.current = live.show()
  })
  useDidHide(letGo)
  useEffect(() => letGo, [])
}
