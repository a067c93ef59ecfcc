import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { ROLE_LABEL } from '@shared/roles'
import ElderSwitch from '@/components/ElderMode/ElderSwitch'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import StaffProxyEntry from '@/components/StaffProxyEntry'
import { PageError, PageStatus } from '@/components/StatusView'
import { useStores } from '@/stores/context'
import { useTabBadge } from '@/stores/useTabBadge'
import SignInScreen from '@/components/SignIn'
import { usesRow } from './rows'
import './index.css'
import { PAGE } from '@shared/routes'

/** Work entries by role: staff reach their subpackage from here. */
function StaffEntry({ role }: { role: string }) {
  if (role === 'grid_worker' || role === 'property_staff') {
    return (
      <>
        <MenuItem text='任务收件箱' url={PAGE.inbox} />
        <MenuItem text='我的名片' url={PAGE.card} />
      </>
    )
  }
  if (role === 'office')
    return (
      <>
        <MenuItem text='街道工作台' url={PAGE.console} />
        <MenuItem text='证明审核' url={PAGE.applications} />
        <MenuItem text='网格台账' url={PAGE.ledger} />
        <MenuItem text='街道数据导入' url={PAGE.streetImport} />
        <MenuItem text='统计看板' url={PAGE.dashboard} />
      </>
    )
  // The district reads and urges and handles nothing: the figures, and onboarding a new street.
  if (role === 'district')
    return (
      <>
        <MenuItem text='各街道统计看板' url={PAGE.dashboard} />
        <MenuItem text='新街道建档导入' url={PAGE.streetImport} />
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
  useTabBadge()
  const pageClass = usePageClass()
  if (session.status === 'signedOut')
    return (
      <View className={pageClass}>
        <SignInScreen />
      </View>
    )
  if (session.status === 'idle' || session.status === 'loading') {
    return <PageStatus />
  }
  if (session.status === 'error') {
    return (
      <PageError error={session.errorMessage || '加载失败'} onRetry={() => void session.load()} />
    )
  }
  const role = session.role
  return (
    <View className={pageClass}>
      <View className='card me__profile'>
        <Text className='card-title'>{session.name || '微信用户'}</Text>
        <Text className='me__role'>{ROLE_LABEL[session.role]}</Text>
      </View>
      <View className='card'>
        <ElderSwitch />
      </View>
      <View className='card'>
        <MenuItem
          text='消息'
          url={PAGE.messages}
          badge={messages.unread ? `${messages.unread} 条未读` : undefined}
        />
        <StaffEntry role={session.role} />
        <StaffProxyEntry role={session.role} />
        {usesRow(role, 'myReports') || outbox.pendingCount ? (
          <MenuItem
            text='我的报事'
            url={PAGE.myReports}
            badge={outbox.pendingCount ? `${outbox.pendingCount} 条待发送` : undefined}
          />
        ) : null}
        {usesRow(role, 'address') ? (
          <MenuItem
            text='我的住址'
            url={PAGE.bindAddress}
            badge={session.address ? undefined : '未绑定'}
          />
        ) : null}
        {usesRow(role, 'apply') ? <MenuItem text='在线办事' url={PAGE.apply} /> : null}
        <MenuItem text='个人信息' url={PAGE.profile} />
        <MenuItem text='隐私政策' url={PAGE.privacy} />
        {usesRow(role, 'join') ? <MenuItem text='工作人员加入（邀请码）' url={PAGE.join} /> : null}
        {session.canSignOut ? (
          <View className='me__menu-item' onClick={() => void session.signOut()}>
            <Text>{session.needsLocalSignIn ? '退出登录（切换演示身份）' : '退出登录'}</Text>
            <Text className='muted'>›</Text>
          </View>
        ) : null}
      </View>
    </View>
  )
}

export default observer(MePage)
