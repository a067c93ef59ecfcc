/**
 * Abuse limits: THE table. Each rule counts one kind of action per signed-in user (`user`, by
 * OPENID) or per client address (`ip`, CLIENTIP from the platform) in a fixed window. The
 * numbers sit far above honest use — a resident files a few reports a day and applies for a
 * certificate a few times a year; a grid worker handles some 40 tasks a day with a few photos
 * each — and far below what floods a handler's inbox or the database. Per IP they are higher than
 * per user: many phones share one carrier address.
 */
export interface LimitRule {
  per: 'user' | 'ip'
  max: number
  windowMin: number
  /** What is limited, for the message: 提交报事. */
  what: string
}

export const LIMITS = {
  reportPerUserHour: { per: 'user', max: 20, windowMin: 60, what: '提交报事' },
  reportPerUserDay: { per: 'user', max: 50, windowMin: 24 * 60, what: '提交报事' },
  reportPerIpHour: { per: 'ip', max: 300, windowMin: 60, what: '提交报事' },
  applicationPerUserDay: { per: 'user', max: 30, windowMin: 24 * 60, what: '提交证明申请' },
  applicationPerIpHour: { per: 'ip', max: 100, windowMin: 60, what: '提交证明申请' },
  /** Photos and attachments put on reports, steps and applications (each file counts once per use). */
  attachPerUserDay: { per: 'user', max: 400, windowMin: 24 * 60, what: '上传照片和材料' },
  verifyPerUserMinute: { per: 'user', max: 20, windowMin: 1, what: '查验证明' },
  /** Anonymous look-ups, per address: one abuser no longer blocks every honest check. */
  verifyPerIpMinute: { per: 'ip', max: 30, windowMin: 1, what: '查验证明' },
  /** Desk sign-in codes, per address: a desk refreshes one every 2 minutes. */
  deskLoginPerIpMinute: { per: 'ip', max: 30, windowMin: 1, what: '获取登录二维码' },
} as const satisfies Record<string, LimitRule>

export type LimitName = keyof typeof LIMITS

/**
 * Open in-app event streams per user at once (the emulator's gateway, /api/events; on CloudBase
 * the mini-program's database watch has the platform's own cap).
 */
export const EVENT_STREAMS_PER_USER = 5

/** 每人每小时 / 每个网络地址每天 … as people say it. */
export function ruleText(r: LimitRule): string {
  const who = r.per === 'user' ? '每人' : '同一网络地址'
  const span =
    r.windowMin === 1
      ? '每分钟'
      : r.windowMin === 60
        ? '每小时'
        : r.windowMin === 24 * 60
          ? '每天'
          : `每 ${r.windowMin} 分钟`
  return `${who}${span}最多${r.what} ${r.max} 次`
}

/** The refusal: 提交报事过于频繁，请 12 分钟后再试（每人每小时最多提交报事 10 次）. */
export function limitMessage(r: LimitRule, minutesLeft: number): string {
  return `${r.what}过于频繁，请 ${Math.max(1, minutesLeft)} 分钟后再试（${ruleText(r)}）`
}
