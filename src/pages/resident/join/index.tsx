import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import { ROLE_LABEL } from '@shared/roles'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import { useNotice } from '@/components/Notice/useNotice'
import { useStores } from '@/stores/context'
import { PAGE } from '@shared/routes'

/** 工作人员加入: a grid worker or property staff member types the code the street office gave. */
function JoinPage() {
  const pageClass = usePageClass()
  const { session } = useStores()
  const notice = useNotice()
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const join = async () => {
    setBusy(true)
    setError('')
    try {
      const role = await session.redeemInvite(code)
      notice.tell(`加入成功：您已成为${ROLE_LABEL[role]}，可在“我的”进入任务收件箱。`, {
        label: '去“我的”',
        onClick: () => void Taro.switchTab({ url: PAGE.me }),
      })
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className={pageClass}>
      <View className='card'>
        <Text className='card-title'>工作人员加入</Text>
        <Text className='muted'>
          请输入街道发给您的 8 位邀请码。每个邀请码只能使用一次，7 天内有效。
        </Text>
        <Input
          className='field__input'
          placeholder='邀请码，如 ABCD-EFGH'
          maxlength={9}
          value={code}
          onInput={(e) => setCode(e.detail.value.toUpperCase())}
        />
        {error ? <Text className='field__error'>{error}</Text> : null}
        <Button className='btn-primary' loading={busy} onClick={() => void join()}>
          加入
        </Button>
        {notice.status}
      </View>
    </View>
  )
}

export default observer(JoinPage)
