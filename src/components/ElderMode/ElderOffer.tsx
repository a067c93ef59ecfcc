import { Button, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useStores } from '@/stores/context'
import './index.css'

/**
 * Offered once on a phone whose WeChat font is set large: a card on 首页 (never a pop-up), and
 * either answer is remembered on the device.
 */
function ElderOffer() {
  const { display } = useStores()
  if (!display.shouldOffer) return null
  return (
    <View className='card elder-offer'>
      <Text className='card-title'>试试长辈版？</Text>
      <Text>您的微信字体较大。长辈版字更大、按钮更大，首页只留报事、办证明、找网格员。</Text>
      <View className='elder-offer__actions'>
        <Button className='btn-primary' onClick={() => display.setElder(true)}>
          用长辈版
        </Button>
        <Button onClick={() => display.declineOffer()}>暂不使用</Button>
      </View>
      <Text className='muted'>以后可在「我的 → 长辈版」随时切换</Text>
    </View>
  )
}

export default observer(ElderOffer)
