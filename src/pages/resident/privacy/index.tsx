import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useUnload } from '@tarojs/taro'
import { COLLECTED, PRIVACY_POLICY_VERSION } from '@shared/consent'
import { useStores } from '@/stores/context'
import { PRIVACY_AGREE_BUTTON } from '@/stores/PrivacyQuestion'

/**
 * 隐私政策: what is collected, why, and for how long (src/shared/consent.ts, the same list the
 * server records consent against). Opened by WeChat's privacy question (`ask=1`) with 同意/拒绝.
 */
export default function PrivacyPage() {
  const { privacy } = useStores()
  const ask = useRouter().params.ask === '1' && privacy.pending
  // Leaving without an answer declines: WeChat must not wait for ever.
  useUnload(() => privacy.pending && privacy.answer(false))
  const answer = (agree: boolean) => {
    privacy.answer(agree)
    void Taro.navigateBack().catch(() => undefined)
  }
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card-title'>管家小北隐私政策</Text>
        <Text className='muted'>
          您所在的街道办事处通过本小程序为居民提供报事和办事服务。我们只收集办事所需的信息，不用于其他目的，不向第三方提供。版本
          {PRIVACY_POLICY_VERSION}。
        </Text>
      </View>
      {COLLECTED.map((c) => (
        <View key={c.item} className='card'>
          <Text className='card-title'>{c.item}</Text>
          <Text className='field__label'>用途</Text>
          <Text>{c.why}</Text>
          <Text className='field__label'>保存期限</Text>
          <Text>{c.keptFor}</Text>
        </View>
      ))}
      <View className='card'>
        <Text className='muted'>
          浏览和快捷服务无需提供任何信息。您可以在“我的 → 个人信息”中修改、解绑或注销账号。
        </Text>
      </View>
      {ask ? (
        <View className='card'>
          <Button
            id={PRIVACY_AGREE_BUTTON}
            className='btn-primary'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answer(true)}
          >
            同意并继续
          </Button>
          <Button onClick={() => answer(false)}>拒绝</Button>
        </View>
      ) : null}
    </View>
  )
}
