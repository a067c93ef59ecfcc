import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
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
