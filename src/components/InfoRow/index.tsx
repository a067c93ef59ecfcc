import { Text, View } from '@tarojs/components'
import './index.css'

/** One labelled fact of a record (申请人, 证明编号 …): the label muted on the left, the value right. */
export function InfoRow({ k, v }: { k: string; v: string }) {
  return (
    <View className='info-row'>
      <Text className='muted'>{k}</Text>
      <Text>{v}</Text>
    </View>
  )
}
