import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'
import type { TemplateKey } from '@shared/subscribe'
import { useStores } from '@/stores/context'
import './index.css'

interface Props {
  /** What the tap turns on: 接收新任务提醒 … */
  label: string
  /** The subscribe templates a tap asks for (≤ 3: WeChat's limit per prompt). */
  templates: TemplateKey[]
  /** Shown only once the reminders are used up (a resident's report), not all the time. */
  onlyWhenOut?: boolean
}

/**
 * 接收…提醒: how many subscribe messages remain (the server's grant ledger) and the tap that banks
 * one more per template. The prompt itself is WeChat's; the store starts it inside this tap.
 */
function GrantBanner({ label, templates, onlyWhenOut = false }: Props) {
  const { grants } = useStores()
  // On mount (a report's banner appears after its page showed) and on each later show.
  useEffect(() => void grants.load(), [grants])
  useDidShow(() => void grants.load())
  if (grants.status !== 'ready') return null
  const b = grants.banner(templates)
  if (onlyWhenOut && b.remaining > 0) return null
  return (
    <View
      className={`grant-banner ${b.askAgain ? 'grant-banner--low' : ''}`}
      onClick={() => void grants.ask(templates)}
    >
      <View className='grant-banner__row'>
        <Text className='grant-banner__label'>{label}</Text>
        <Text className='grant-banner__count'>{b.text}</Text>
      </View>
      {grants.message || b.hint ? (
        <Text className='grant-banner__hint'>{grants.message || b.hint}</Text>
      ) : null}
    </View>
  )
}

export default observer(GrantBanner)
