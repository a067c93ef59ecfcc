import { Text, View } from '@tarojs/components'
import { reaction } from 'mobx'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'
import { useStores } from '@/stores/context'
import DeskQr from './DeskQr'
import IdentityPicker from './IdentityPicker'
import './index.css'

/**
 * The H5 sign-in screen: 扫码登录 with the mini-program (the desk's only way in on CloudBase) and,
 * beside it where the emulator offers one, the demo identity picker. Says why it shows when the
 * session ended (登录已过期, 已在其他地方登录, 已退出登录).
 */
function SignInScreen() {
  const { session, services } = useStores()
  const reason = session.signedOutReason
  // Signed in (by the scan or the picker): load the page afresh as this person. The page behind
  // the sign-in screen never showed, so its lists never loaded (they load when a page shows), and
  // nothing of the session before may linger.
  useEffect(
    () =>
      reaction(
        // Leaving signedOut (loading, then ready) unmounts this screen: act on the first step.
        () => session.status !== 'signedOut',
        (signedIn) => signedIn && window.location.reload(),
      ),
    [session],
  )
  return (
    <View className='sign-in'>
      {reason ? (
        <View className='notice sign-in__reason' role='alert'>
          <Text>{reason}</Text>
        </View>
      ) : null}
      <View className='sign-in__cols'>
        {services.cloud.webAuth ? <DeskQr /> : null}
        {services.cloud.localAuth ? <IdentityPicker /> : null}
      </View>
    </View>
  )
}

export default observer(SignInScreen)
