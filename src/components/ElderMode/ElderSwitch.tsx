import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useStores } from '@/stores/context'
import './index.css'

/** 我的 → 长辈版: one row that says its state in words (开/关), not by colour alone. */
function ElderSwitch() {
  const { display } = useStores()
  const on = display.elder
  return (
    <View
      className='elder-switch'
      role='switch'
      aria-checked={on}
      aria-label='长辈版：字更大、按钮更大'
      onClick={() => display.setElder(!on)}
    >
      <View className='elder-switch__text'>
        <Text>长辈版</Text>
        <Text className='muted'>字更大、按钮更大，首页只留常用的</Text>
      </View>
      <Text className={`elder-switch__state ${on ? 'elder-switch__state--on' : ''}`}>
        {on ? '已开启' : '已关闭'}
      </Text>
    </View>
  )
}

export default observer(ElderSwitch)
