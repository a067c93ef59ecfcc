import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import type { NextStep } from '@/components/StatusView'
import { useStores } from '@/stores/context'
import './index.css'

/** A question before a step that cannot be undone (注销账号). */
export interface Question {
  title: string
  content: string
  /** The yes button: ≤ 4 characters (WeChat's modal cuts longer ones). */
  confirmText: string
}

interface Asked extends Question {
  answer: (yes: boolean) => void
}

/** WeChat's success toast shows at most 7 characters; longer texts go without the icon. */
const TOAST_ICON_MAX = 7

/**
 * How a page tells an outcome and asks before an irreversible step — the one place that chooses
 * by mode. Standard mode: a toast, a modal. 长辈版 has no pop-ups (工信部 适老化规范: nothing that
 * vanishes on a timer or covers the page): the outcome stays on the page as a status line read
 * out by screen readers, with the next step as a button (the resident goes on when ready), and
 * the question is asked on the page with two big buttons. The page places `status` and
 * `question` where the action is (both null in standard mode).
 */
export function useNotice(): {
  tell: (text: string, next?: NextStep) => void
  ask: (q: Question) => Promise<boolean>
  status: ReactNode
  question: ReactNode
} {
  const { display } = useStores()
  const [said, setSaid] = useState<{ text: string; next?: NextStep } | null>(null)
  const [asked, setAsked] = useState<Asked | null>(null)
  const elder = display.elder

  const tell = (text: string, next?: NextStep) => {
    if (elder) {
      setSaid({ text, next })
      // The line is where the page put it, maybe off screen from the button just tapped.
      void Promise.resolve()
        .then(() => Taro.pageScrollTo({ selector: '.notice-line', duration: 200 }))
        .catch(() => undefined)
      return
    }
    const short = text.length <= TOAST_ICON_MAX
    void Taro.showToast({
      title: text,
      icon: short ? 'success' : 'none',
      duration: short ? 1500 : 3000,
    })
    next?.onClick()
  }
  const ask = async (q: Question): Promise<boolean> => {
    if (!elder) return (await Taro.showModal({ ...q, cancelText: '取消' })).confirm
    setSaid(null)
    return new Promise((resolve) => {
      const answer = (yes: boolean) => {
        setAsked(null)
        resolve(yes)
      }
      setAsked({ ...q, answer })
    })
  }

  // Always drawn in 长辈版, even empty: a live region announces changes only once it exists.
  const status = elder ? (
    <View className='notice-line' role='status' aria-live='polite'>
      {said ? <Text className='notice-line__text'>{said.text}</Text> : null}
      {said?.next ? (
        <Button className='btn-primary' onClick={said.next.onClick}>
          {said.next.label}
        </Button>
      ) : null}
    </View>
  ) : null
  const question = asked ? (
    <View className='notice-ask' role='group' aria-label={asked.title}>
      <Text className='notice-ask__title'>{asked.title}</Text>
      <Text className='notice-ask__text'>{asked.content}</Text>
      <Button type='warn' className='notice-ask__yes' onClick={() => asked.answer(true)}>
        {asked.confirmText}
      </Button>
      <Button className='notice-ask__no' onClick={() => asked.answer(false)}>
        取消
      </Button>
    </View>
  ) : null
  return { tell, ask, status, question }
}
