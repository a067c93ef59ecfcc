import Taro from '@tarojs/taro'
import { pageUrl } from '@shared/routes'

/**
 * WeChat's privacy authorization (weapp only, `__usePrivacyCheck__` in app.config): when a
 * privacy API (location, phone number, album …) needs the user's consent, WeChat holds it and
 * calls us; we open 隐私政策 with an agree button (open-type agreePrivacyAuthorization) and answer
 * with the user's choice. One question at a time: a newer one answers the older as declined.
 */
type Answer = { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }
let pending: ((a: Answer) => void) | null = null

/** The id of the agree button on the 隐私政策 page: WeChat checks it was really tapped. */
export const PRIVACY_AGREE_BUTTON = 'privacy-agree'

export function watchPrivacyAuthorization(): void {
  if (process.env.TARO_ENV !== 'weapp') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pending?.({ event: 'disagree' })
    pending = resolve
    void Taro.navigateTo({ url: pageUrl('privacy', { ask: '1' }) }).then(() =>
      resolve({ event: 'exposureAuthorization' }),
    )
  })
}

/** Whether WeChat is waiting for the user's answer. */
export const privacyQuestionPending = (): boolean => pending !== null

/** The user's answer: agree (from the agree button) or decline (or left the page). */
export function answerPrivacy(agree: boolean): void {
  pending?.(agree ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON } : { event: 'disagree' })
  pending = null
}
