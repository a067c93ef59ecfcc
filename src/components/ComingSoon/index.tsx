import { Text, View } from '@tarojs/components'

interface Props {
  title: string
  /** What this page will let the user do, so they know what is coming. */
  purpose: string
}

/** An honest placeholder for a page whose feature is not built yet: it never pretends to work. */
export function ComingSoon({ title, purpose }: Props) {
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card-title'>{title}</Text>
        <View className='notice'>此功能正在建设中，暂不能使用。</View>
        <View style={{ marginTop: '16px' }}>
          <Text className='muted'>{purpose}</Text>
        </View>
      </View>
    </View>
  )
}
