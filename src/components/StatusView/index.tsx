import { Text, View } from '@tarojs/components'

/**
 * The whole page while its data is not there: the error in words (pull down to retry where the
 * page allows it), or 加载中…. Every page that loads one thing shows these the same way.
 */
export function PageStatus({ error }: { error?: string }) {
  return (
    <View className='page'>
      {error ? <View className='notice'>{error}</View> : <Text className='muted'>加载中…</Text>}
    </View>
  )
}
