import { Button, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useStores } from '@/stores/context'

/** Local sign-in of the emulator (H5 demo only): pick a demo identity. Absent in production. */
function IdentityPicker() {
  const { session } = useStores()
  return (
    <View className='card'>
      <Text className='card-title'>选择演示身份登录</Text>
      <Text className='muted'>本地演示环境专用，正式小程序使用微信身份自动登录。</Text>
      {session.identities.length === 0 ? (
        <View className='muted me__empty'>{session.errorMessage || '正在读取演示身份…'}</View>
      ) : (
        session.identities.map((id) => (
          <View key={id.openid} className='me__identity'>
            <View className='me__identity-text'>
              <Text>{id.name}</Text>
              <Text className='muted'>{id.label}</Text>
            </View>
            <Button
              size='mini'
              className='btn-primary'
              onClick={() => void session.signInAs(id.openid)}
            >
              登录
            </Button>
          </View>
        ))
      )}
    </View>
  )
}

export default observer(IdentityPicker)
