import { makeAutoObservable, runInAction } from 'mobx'
import type { ActionRes } from '@shared/contracts'
import {
  LONG_TERM,
  MAX_TEMPLATES_PER_REQUEST,
  TEMPLATES,
  type TemplateKey,
} from '@shared/subscribe'
import type { CloudClient, SubscriptionSettings } from '@/services/cloud/types'

type Standing = ActionRes<'user.grants'>['grants'][number]

/** What a grant banner shows for some templates, and what a tap on it may ask for. */
export interface GrantBannerView {
  /** Reminders left: the fewest of the templates (the one that runs out first decides). */
  remaining: number
  /** Few left (the server's threshold, src/server/grants.ts): the banner asks to be tapped. */
  askAgain: boolean
  /** The templates a tap asks for: not those answered 「总是保持以上选择」 with no, ≤ 3. */
  askable: TemplateKey[]
  text: string
  /** Why a tap cannot ask (the user said no once and for all), and where to change it. */
  hint: string
}

export const SETTINGS_HINT = '您已关闭此类提醒，可在右上角「…」→ 设置 → 订阅消息中重新开启'

/**
 * The banner for `keys`, from the ledger's standing and the user's standing answers. Each tap
 * banks one grant per template (WeChat allows one message per accept), so the banner stays
 * offered and asks louder once few are left: it asks again before they run out.
 */
export function grantBanner(
  standing: readonly Standing[],
  keys: readonly TemplateKey[],
  settings: SubscriptionSettings | null,
): GrantBannerView {
  const rows = keys.map((k) => standing.find((s) => s.template === k))
  const remaining = Math.min(...rows.map((r) => r?.remaining ?? 0))
  const askAgain = rows.some((r) => !r || r.askAgain)
  const refused = (k: TemplateKey) =>
    !!settings && (settings.off || ['reject', 'ban'].includes(settings.always[TEMPLATES[k]] ?? ''))
  // A held long-term grant (长期订阅) needs no more asking.
  const held = (k: TemplateKey, i: number) => LONG_TERM[k] && (rows[i]?.remaining ?? 0) > 0
  const askable = keys
    .filter((k, i) => !refused(k) && !held(k, i))
    .slice(0, MAX_TEMPLATES_PER_REQUEST)
  const text = keys.every(held)
    ? '已开启长期提醒'
    : remaining === 0
      ? '提醒已用完，点此继续接收'
      : askAgain
        ? `仅剩 ${remaining} 次提醒，点此多接收一次`
        : `还可接收 ${remaining} 次提醒，点此多接收一次`
  const hint = askable.length || keys.every(held) ? '' : SETTINGS_HINT
  return { remaining, askAgain, askable, text, hint }
}

/**
 * The subscribe-message grants the user holds (the server's ledger, `user.grants`) and the
 * prompt that banks more: staff on the inbox (新任务), residents on a report whose reminders are
 * used up. The prompt must start inside the tap, before any await (WeChat shows it only then).
 */
export class GrantStore {
  standing: Standing[] = []
  settings: SubscriptionSettings | null = null
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  asking = false
  message = ''

  constructor(private readonly cloud: CloudClient) {
    makeAutoObservable<GrantStore, 'cloud' | 'loading'>(this, { cloud: false, loading: false })
  }

  banner(keys: readonly TemplateKey[]): GrantBannerView {
    return grantBanner(this.standing, keys, this.settings)
  }

  /** The templates of `keys` whose long-term grant (长期订阅) the user holds. */
  held(keys: readonly TemplateKey[]): TemplateKey[] {
    return keys.filter(
      (k) => LONG_TERM[k] && (this.standing.find((s) => s.template === k)?.remaining ?? 0) > 0,
    )
  }

  /** Loads the standing; a call while one is under way shares it. */
  load(): Promise<void> {
    this.loading ??= this.fetch().finally(() => (this.loading = null))
    return this.loading
  }

  private loading: Promise<void> | null = null

  private async fetch(): Promise<void> {
    if (this.status === 'idle') this.status = 'loading'
    this.message = ''
    try {
      const [{ grants }, settings] = await Promise.all([
        this.cloud.call('user.grants', {}),
        this.cloud.subscriptionSettings?.() ?? Promise.resolve(null),
      ])
      runInAction(() => {
        this.standing = grants
        this.settings = settings
        this.status = 'ready'
      })
    } catch (err) {
      runInAction(() => {
        this.status = this.standing.length ? 'ready' : 'error'
        this.message = (err as Error).message
      })
    }
  }

  /** The banner's tap: asks WeChat (synchronously, inside the tap), records the answers. */
  ask(keys: readonly TemplateKey[]): Promise<void> {
    const { askable, hint } = this.banner(keys)
    if (!askable.length) {
      this.message = hint
      return Promise.resolve()
    }
    const ids = askable.map((k) => TEMPLATES[k])
    const answers = this.cloud.requestGrants(ids) // before any await: the tap's own call
    this.asking = true
    this.message = ''
    return this.record(answers)
  }

  private async record(pending: ReturnType<CloudClient['requestGrants']>): Promise<void> {
    try {
      const answers = await pending
      const accepted = Object.values(answers).includes('accept')
      if (accepted) await this.cloud.call('user.recordGrants', { answers })
      await this.load()
      runInAction(() => (this.message = accepted ? '已开启，有新消息会提醒您' : '未开启提醒'))
    } catch (err) {
      runInAction(() => (this.message = (err as Error).message))
    } finally {
      runInAction(() => (this.asking = false))
    }
  }

  clear(): void {
    this.standing = []
    this.settings = null
    this.status = 'idle'
    this.message = ''
  }
}
