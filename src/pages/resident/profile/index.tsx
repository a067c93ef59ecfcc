import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import { CONSENT_PURPOSE, KEPT_AFTER_DELETE } from '@shared/consent'
import type { MyProfile } from '@shared/contracts/user'
import { PAGE } from '@shared/routes'
import { type NextStep, PageStatus } from '@/components/StatusView'
import { useNotice } from '@/components/Notice/useNotice'
import { useStores } from '@/stores/context'
import { ProfileStore } from './store'
import { usePageClass } from '@/components/ElderMode/usePageClass'

const go = (url: string) => void Taro.navigateTo({ url })

/** 个人信息: name, the WeChat-verified phone (with its purpose shown first), and 注销账号. */
function ProfilePage() {
  const pageClass = usePageClass()
  const { services, session } = useStores()
  const [store] = useState(() => new ProfileStore(services.cloud))
  const [p, setP] = useState<MyProfile | null>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const notice = useNotice()
  const load = () =>
    void store
      .load()
      .then((r) => (setP(r), setName(r.name), setError('')))
      .catch((e: Error) => setError(e.message))
  useDidShow(load)
  const run = async (f: () => Promise<MyProfile | void>, done: string, next?: NextStep) => {
    setBusy(true)
    setError('')
    try {
      const r = await f()
      if (r) setP(r)
      await session.load()
      notice.tell(done, next)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  if (!p) return <PageStatus error={error} />
  const onPhone = (code?: string) =>
    code
      ? void run(() => store.bindPhone(code), '手机号已绑定')
      : setError('您未授权手机号，可稍后再绑定')
  const remove = async () => {
    const yes = await notice.ask({
      title: '注销账号',
      content: '注销后不能恢复。您的报事和已出具的证明仍会保留（见本页说明）。确定注销吗？',
      confirmText: '确定注销',
    })
    if (!yes) return
    await run(async () => void (await store.deleteAccount()), '账号已注销', {
      label: '回到“我的”',
      onClick: () => void Taro.switchTab({ url: PAGE.me }),
    })
  }
  return (
    <View className={pageClass}>
      {error ? <View className='notice'>{error}</View> : null}
      {notice.status}
      <View className='card'>
        <Text className='card-title'>姓名</Text>
        <Text className='muted'>{CONSENT_PURPOSE.name}</Text>
        <Input
          className='field__input'
          placeholder='请输入您的姓名'
          maxlength={20}
          value={name}
          onInput={(e) => setName(e.detail.value)}
        />
        <Button
          className='btn-primary'
          loading={busy}
          onClick={() => void run(() => store.saveName(name), '已保存')}
        >
          保存姓名
        </Button>
      </View>
      <View className='card'>
        <Text className='card-title'>手机号</Text>
        <Text className='muted'>{CONSENT_PURPOSE.phone}</Text>
        <Text>{p.phone || '未绑定'}</Text>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button
            className='btn-primary'
            openType='getPhoneNumber'
            loading={busy}
            onGetPhoneNumber={(e) => onPhone(e.detail.code)}
          >
            {p.phone ? '更换为微信绑定的手机号' : '使用微信绑定的手机号'}
          </Button>
        ) : (
          <Text className='muted'>请在微信小程序中绑定手机号</Text>
        )}
        {p.phone ? (
          <Button onClick={() => void run(() => store.unbindPhone(), '已解绑')}>解绑手机号</Button>
        ) : null}
      </View>
      <View className='card' onClick={() => go(PAGE.privacy)}>
        <Text>隐私政策 ›</Text>
      </View>
      {session.role === 'resident' ? (
        <View className='card'>
          <Text className='card-title'>注销账号</Text>
          <Text className='muted'>注销后：</Text>
          {KEPT_AFTER_DELETE.map((k) => (
            <Text key={k} className='muted'>
              · {k}
            </Text>
          ))}
          {/* 长辈版 asks here, in place of the button, instead of in a modal. */}
          {notice.question ?? (
            <Button
              type='warn'
              className='profile__delete'
              loading={busy}
              onClick={() => void remove()}
            >
              注销账号
            </Button>
          )}
        </View>
      ) : (
        <View className='card'>
          <Text className='muted'>工作人员请先由街道办理离岗，再注销账号。</Text>
        </View>
      )}
    </View>
  )
}

export default observer(ProfilePage)
