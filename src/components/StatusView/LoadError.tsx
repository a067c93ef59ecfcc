import { Button, Text, View } from '@tarojs/components'
import './index.css'

/** A load that failed, in words, with 重试 — never an empty list that looks like "nothing there". */
export function LoadError({ error, onRetry }: { error: string; onRetry: () => void }) {
  return (
    <View className='card'>
      <Text>{error}</Text>
      <Button className='load-error__retry' onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}
