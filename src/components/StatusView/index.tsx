import { Button, Text, View } from '@tarojs/components'
import { LoadError } from './LoadError'

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

/** The next step a refusal offers (去登录, 返回): every refusal has one. */
export interface NextStep {
  label: string
  onClick: () => void
}

/** A page that has only something to say (sign in first, nothing here), and the way on. */
export function PageNotice({ text, next }: { text: string; next?: NextStep }) {
  return (
    <View className='page'>
      <View className='card'>
        <Text>{text}</Text>
        {next ? (
          <Button className='btn-primary' onClick={next.onClick}>
            {next.label}
          </Button>
        ) : null}
      </View>
    </View>
  )
}

/** A whole page whose load failed: what went wrong, and 重试. */
export function PageError({ error, onRetry }: { error: string; onRetry: () => void }) {
  return (
    <View className='page'>
      <LoadError error={error} onRetry={onRetry} />
    </View>
  )
}

/** What a page's loaded data looks like (a Cached): its value, and how its load went. */
interface Loading {
  value: unknown
  status: 'idle' | 'loading' | 'ready' | 'error'
  error: string
}

/**
 * The whole page while its data is not shown yet: the failed load with 重试, or 加载中…; null
 * once there is data to show (`if (wait) return wait`).
 */
export function pageWhile(data: Loading, retry: () => void) {
  if (data.status === 'error' && data.value === null)
    return <PageError error={data.error} onRetry={retry} />
  if (data.value === null) return <PageStatus />
  return null
}
