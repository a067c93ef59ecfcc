/**
 * WeChat's privacy question (weapp, `__usePrivacyCheck__`): when a privacy API (location, phone
 * number, album …) needs consent, WeChat holds it and app.tsx puts its resolver here; the 隐私政策
 * page answers from its agree button (open-type agreePrivacyAuthorization, id below — WeChat
 * checks it was tapped) or declines. One question at a time: a newer one declines the older.
 */
export type PrivacyAnswer = {
  event: 'exposureAuthorization' | 'agree' | 'disagree'
  buttonId?: string
}

/** The id of the agree button on the 隐私政策 page. */
export const PRIVACY_AGREE_BUTTON = 'privacy-agree'

export class PrivacyQuestion {
  private resolve: ((a: PrivacyAnswer) => void) | null = null

  /** WeChat asks: hold its resolver (declining any question still open). */
  ask(resolve: (a: PrivacyAnswer) => void): void {
    this.resolve?.({ event: 'disagree' })
    this.resolve = resolve
  }

  get pending(): boolean {
    return this.resolve !== null
  }

  /** Tells WeChat the question was shown. */
  shown(): void {
    this.resolve?.({ event: 'exposureAuthorization' })
  }

  answer(agree: boolean): void {
    this.resolve?.(
      agree ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON } : { event: 'disagree' },
    )
    this.resolve = null
  }
}
