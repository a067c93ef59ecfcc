import { checkText } from '@server/content-check'
import type { ActionContext, UserDoc } from '@server/context'
import { COLL } from '@server/db'
import type { Action } from '@server/router'
import { PRIVACY_POLICY_VERSION, type ConsentPurpose, type ConsentRecord } from '@shared/consent'
import type { MyProfile } from '@shared/contracts/user'
import { AppError } from '@shared/errors'
import { checkPersonName, MOBILE_PATTERN } from '@shared/identity'
import { sees } from '@shared/privacy'

const ANYONE = ['resident', 'grid_worker', 'property_staff', 'office', 'district'] as const

type ProfileRow = UserDoc & { consents?: ConsentRecord[] }

/** The 个人信息 view of a user row, for its owner: only consents still in force. */
export function profileOf(u: ProfileRow | null): MyProfile {
  return {
    name: u?.name ?? '',
    phone: u?.phone ?? '',
    consents: (sees('consentRecord', ['owner']) ? (u?.consents ?? []) : [])
      .filter((c) => !c.withdrawnAt)
      .map((c) => ({
        purpose: c.purpose,
        policyVersion: c.policyVersion,
        at: new Date(c.at).toISOString(),
      })),
  }
}

/**
 * Writes fields to the caller's row (a first-time WeChat user gets one, as a resident) and
 * records or withdraws the consent that goes with them: a new record per consent given, the
 * old ones kept (withdrawn) as the record of what was agreed when.
 */
async function writeProfile(
  ctx: ActionContext,
  fields: Record<string, unknown>,
  consent: { give?: ConsentPurpose; withdraw?: ConsentPurpose },
): Promise<MyProfile> {
  const at = ctx.now()
  const old = (ctx.user as ProfileRow | null)?.consents ?? []
  const consents = old.map((c) =>
    c.purpose === (consent.give ?? consent.withdraw) && !c.withdrawnAt
      ? { ...c, withdrawnAt: at }
      : c,
  )
  if (consent.give)
    consents.push({ purpose: consent.give, policyVersion: PRIVACY_POLICY_VERSION, at })
  const _ = ctx.db.command
  const data = { ...fields, consents: _.set(consents), updatedAt: at }
  if (ctx.user) await ctx.db.collection(COLL.users).doc(ctx.openid).update({ data })
  else
    await ctx.db.collection(COLL.users).add({
      data: {
        _id: ctx.openid,
        role: 'resident',
        name: '',
        ...fields,
        consents,
        createdAt: at,
        updatedAt: at,
      },
    })
  return profileOf({ ...(ctx.user ?? ({} as ProfileRow)), ...fields, consents } as ProfileRow)
}

export const profile: Action<'user.profile'> = {
  roles: [...ANYONE],
  async handle({ user }) {
    return profileOf(user as ProfileRow | null)
  },
}

/** WeChat's answer for a code that is unknown, used or older than 5 minutes. */
const INVALID_CODE = 40029

/**
 * `user.bindPhone`: the code from the phone-number button, exchanged server-side (the number
 * never passes through the client, so it is WeChat-verified). Mainland mobiles only: the
 * handlers call back on them.
 */
export const bindPhone: Action<'user.bindPhone'> = {
  roles: [...ANYONE],
  validate(p) {
    const code = (p as { code?: unknown } | null)?.code
    if (typeof code !== 'string' || !/^[\w-]{1,128}$/.test(code))
      throw new AppError('INVALID_INPUT', '请点击“获取手机号”按钮授权', { code: '缺少授权码' })
    return { code }
  },
  async handle(ctx, { code }) {
    let phone = ''
    try {
      const r = (await ctx.cloud.openapi.phonenumber.getPhoneNumber({ code })) as {
        phoneInfo?: { purePhoneNumber?: string; countryCode?: string | number }
      }
      phone = String(r.phoneInfo?.purePhoneNumber ?? '')
      if (String(r.phoneInfo?.countryCode ?? '86') !== '86') phone = ''
    } catch (err) {
      const errCode = (err as { errCode?: number }).errCode
      if (errCode === INVALID_CODE)
        throw new AppError('INVALID_INPUT', '手机号授权已失效，请重新点击获取', {
          code: '授权已失效',
        })
      console.error('[getPhoneNumber failed]', errCode, err)
      throw new AppError('INTERNAL', '微信暂时无法提供手机号，请稍后再试')
    }
    if (!MOBILE_PATTERN.test(phone))
      throw new AppError('INVALID_INPUT', '目前只支持中国大陆手机号', { code: '仅支持大陆手机号' })
    return writeProfile(ctx, { phone }, { give: 'phone' })
  },
}

export const unbindPhone: Action<'user.unbindPhone'> = {
  roles: [...ANYONE],
  async handle(ctx) {
    if (!ctx.user?.phone) return profileOf(ctx.user as ProfileRow | null)
    return writeProfile(ctx, { phone: '' }, { withdraw: 'phone' })
  },
}

/** `user.saveProfile`: the caller's name. Staff names come from their invitation and the office. */
export const saveProfile: Action<'user.saveProfile'> = {
  roles: ['resident'],
  validate(p) {
    const c = checkPersonName((p as { name?: unknown } | null)?.name)
    if (!c.ok) throw new AppError('INVALID_INPUT', c.reason, { name: c.reason })
    return { name: c.normalized }
  },
  async handle(ctx, { name }) {
    await checkText(ctx, [name], 1)
    return writeProfile(ctx, { name }, { give: 'name' })
  },
}
