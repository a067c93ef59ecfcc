import { ACCESS_POLICY, CALLER_KINDS, TRANSITION_POLICY } from '@shared/access-policy'
import { LIMITS, limitMessage, ruleText } from '@shared/limits'
import { PHOTO_MAX_COUNT } from '@shared/photo-policy'

describe('the limits table', () => {
  it('says the rule and when to try again, in Chinese', () => {
    expect(limitMessage(LIMITS.reportPerUserHour, 12)).toBe(
      '提交报事过于频繁，请 12 分钟后再试（每人每小时最多提交报事 20 次）',
    )
    expect(ruleText(LIMITS.verifyPerIpMinute)).toBe('同一网络地址每分钟最多查验证明 30 次')
    expect(limitMessage(LIMITS.applicationPerUserDay, 0)).toContain('请 1 分钟后再试')
  })

  it('leaves room for honest use: five reports a day with every photo, a family’s applications', () => {
    const reports = 5
    expect(LIMITS.reportPerUserHour.max).toBeGreaterThanOrEqual(reports)
    expect(LIMITS.reportPerUserDay.max).toBeGreaterThanOrEqual(reports)
    expect(LIMITS.attachPerUserDay.max).toBeGreaterThanOrEqual(reports * PHOTO_MAX_COUNT)
    expect(LIMITS.applicationPerUserDay.max).toBeGreaterThanOrEqual(4)
    // Per address above per user: many phones share one carrier address.
    expect(LIMITS.reportPerIpHour.max).toBeGreaterThan(LIMITS.reportPerUserHour.max * 10)
  })
})

describe('the access policy', () => {
  it('names only known caller kinds, and never lets a forged token in', () => {
    const cases = [...Object.values(ACCESS_POLICY), ...Object.values(TRANSITION_POLICY)].flatMap(
      (c) => (c === 'perStep' ? [] : c),
    )
    for (const c of cases) {
      for (const who of c.allow) expect(CALLER_KINDS).toContain(who)
      expect(c.allow).not.toContain('forgedToken')
    }
  })
})
