import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import { InfoRow } from '@/components/InfoRow'
import { PageStatus } from '@/components/StatusView'
import { useStores } from '@/stores/context'
import { PAGE } from '@shared/routes'
import { formatBeijing } from '@shared/time'
import { DeskConfirmStore } from './DeskConfirmStore'
import './index.css'

/** The scene of a mini-program code arrives URI-encoded (WeChat's docs: decodeURIComponent). */
function sceneOf(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '')
  } catch {
    return ''
  }
}

const DONE = {
  confirmed: ['已确认登录', '请回到电脑上继续使用街道工作台。'],
  refused: ['已取消登录', '电脑上的二维码已作废；如需登录，请在电脑上刷新二维码后重新扫码。'],
} as const

/**
 * 登录街道工作台: opened by scanning the desk's code (`scene` = the login). Shows what is being
 * signed in — when, which browser, from which address — and asks 确认登录 or 取消. Whether this
 * person may sign in to the desk (office staff only) is the server's answer, shown as it says it.
 */
function DeskLoginPage() {
  const { services } = useStores()
  const { scene } = useRouter().params
  const [store] = useState(() => new DeskConfirmStore(services.cloud, sceneOf(scene)))
  useEffect(() => void store.load(), [store])
  const { login, answered, error } = store
  if (answered)
    return (
      <View className='page'>
        <View className='card desk-login'>
          <Text className='desk-login__title'>{DONE[answered][0]}</Text>
          <Text className='muted'>{DONE[answered][1]}</Text>
        </View>
      </View>
    )
  if (!login) return <PageStatus error={error} />
  const open = login.state === 'pending'
  return (
    <View className='page'>
      <View className='card desk-login'>
        <Text className='desk-login__title'>登录街道工作台</Text>
        <Text className='muted'>
          {open
            ? '你正在电脑上登录街道工作台（网页版）。如果不是你本人操作，请点取消。'
            : '这个二维码已失效或已处理过，请在电脑上刷新二维码后重新扫码。'}
        </Text>
        <InfoRow k='扫码时间' v={formatBeijing(login.createdAt)} />
        <InfoRow k='浏览器' v={login.device || '未知'} />
        <InfoRow k='网络地址' v={login.ip || '未知'} />
      </View>
      {error ? (
        <View className='notice' role='alert'>
          {error}
        </View>
      ) : null}
      {open ? (
        <View className='desk-login__actions'>
          <Button
            className='btn-primary btn-main'
            loading={store.busy}
            onClick={() => void store.answer(true)}
          >
            确认登录
          </Button>
          <Button className='desk-login__cancel' onClick={() => void store.answer(false)}>
            取消
          </Button>
        </View>
      ) : (
        <Button
          className='desk-login__cancel'
          onClick={() => void Taro.reLaunch({ url: PAGE.home })}
        >
          返回首页
        </Button>
      )}
    </View>
  )
}

export default observer(DeskLoginPage)
