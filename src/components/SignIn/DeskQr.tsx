import { Button, Image, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import { useStores } from '@/stores/context'
import { DeskSignInStore, deviceName } from '@/stores/DeskSignInStore'

/** 扫码登录: the desk's mini-program code, its countdown, and 刷新二维码 once it is spent. */
function DeskQr() {
  const { session, services } = useStores()
  const [store] = useState(
    () => new DeskSignInStore(services.cloud, session, deviceName(navigator.userAgent)),
  )
  useEffect(() => {
    void store.refresh()
    return () => store.stop()
  }, [store])
  const { status } = store
  const spent = status === 'expired' || status === 'refused' || status === 'error'
  return (
    <View className='card sign-in__qr-card'>
      <Text className='card-title'>扫码登录街道工作台</Text>
      <Text className='muted'>
        用微信打开「管家小北」小程序扫一扫，在手机上确认登录。仅限街道工作人员。
      </Text>
      <View className={`sign-in__qr${spent ? ' sign-in__qr--spent' : ''}`}>
        {store.qr ? <Image className='sign-in__qr-img' src={store.qr} mode='aspectFit' /> : null}
        {status === 'loading' ? <Text className='muted'>正在生成二维码…</Text> : null}
        {status === 'signingIn' ? (
          <Text className='sign-in__qr-note'>已确认，正在登录…</Text>
        ) : null}
        {spent ? (
          <View className='sign-in__qr-note' role='alert'>
            <Text>{store.message}</Text>
          </View>
        ) : null}
      </View>
      {status === 'pending' ? (
        <Text className='sign-in__left' aria-live='polite'>
          {store.secondsLeft} 秒后失效
        </Text>
      ) : null}
      {store.scene ? <Text className='muted sign-in__scene'>登录码 {store.scene}</Text> : null}
      <Button className='btn-primary sign-in__refresh' onClick={() => void store.refresh()}>
        刷新二维码
      </Button>
    </View>
  )
}

export default observer(DeskQr)
