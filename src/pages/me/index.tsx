import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { ROLE_LABEL } from '@shared/roles'
import { useStores } from '@/stores/context'
import IdentityPicker from './IdentityPicker'
import './index.css'

/** Work entries by role: staff reach their subpackage from here. */
function StaffEntry({ role }: { role: string }) {
  if (role === 'grid_worker' || role === 'property_staff') {
    return (
      <>
        <MenuItem text='任务收件箱' url='/pages/worker/inbox/index' />
        <MenuItem text='我的名片' url='/pages/worker/card/index' />
      </>
    )
  }
  if (role === 'office')
    return (
      <>
        <MenuItem text='街道工作台' url='/pages/office/console/index' />
        <MenuItem text='证明审核' url='/pages/office/applications/index' />
        <MenuItem text='网格台账' url='/pages/office/ledger/index' />
      </>
    )
  return null
}

function MenuItem({ text, url, badge }: { text: string; url: string; badge?: string }) {
  return (
    <View className='me__menu-item' onClick={() => void Taro.navigateTo({ url })}>
      <Text>{text}</Text>
      {badge ? <Text className='me__badge'>{badge}</Text> : null}
      <Text className='muted'>›</Text>
    </View>
  )
}

function MePage() {
  const { session, outbox, messages } = useStores()
  if (session.status === 'signedOut')
    return (
      <View className='page'>
        <IdentityPicker />
      </View>
    )
  if (session.status === 'idle' || session.status === 'loading') {
    return <View className='page muted'>加载中…</View>
  }
  if (session.status === 'error') {
    return (
      <View className='page'>
        <View className='notice'>{session.errorMessage || '加载失败'}</View>
        <Button className='btn-primary me__retry' onClick={() => void session.load()}>
          重试
        </Button>
      </View>
    )
  }
  return (
    <View className='page'>
      <View className='card me__profile'>
        <Text className='card-title'>{session.name || '微信用户'}</Text>
        <Text className='me__role'>{ROLE_LABEL[session.role]}</Text>
      </View>
      <View className='card'>
        <MenuItem
          text='消息'
          url='/pages/messages/list/index'
          badge={messages.unread ? `${messages.unread} 条未读` : undefined}
        />
        <MenuItem
          text='我的报事'
          url='/pages/resident/my-reports/index'
          badge={outbox.pendingCount ? `${outbox.pendingCount} 条待发送` : undefined}
        />
        <MenuItem
          text='我的住址'
          url='/pages/resident/bind-address/index'
          badge={session.address ? undefined : '未绑定'}
        />
        <MenuItem text='在线办事' url='/pages/resident/apply/index' />
        <MenuItem text='个人信息' url='/pages/resident/profile/index' />
        <MenuItem text='隐私政策' url='/pages/resident/privacy/index' />
        <StaffEntry role={session.role} />
        {session.role === 'resident' ? (
          <MenuItem text='工作人员加入（邀请码）' url='/pages/resident/join/index' />
        ) : null}
        {session.needsLocalSignIn ? (
          <View className='me__menu-item' onClick={() => void session.signOut()}>
            <Text>切换演示身份</Text>
            <Text className='muted'>›</Text>
          </View>
        ) : null}
      </View>
    </View>
  )
}

export default observer(MePage)
