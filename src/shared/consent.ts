/**
 * What the app collects about a person, why, and for how long: the one list the 隐私政策 page
 * shows, the 个人信息 page asks consent from, and the server records consent against.
 */

/** A purpose a person consents to when they give a piece of personal data. */
export type ConsentPurpose = 'phone' | 'name'

export interface CollectedItem {
  item: string
  why: string
  keptFor: string
}

/** Bump when the text below changes: a recorded consent names the version the person saw. */
export const PRIVACY_POLICY_VERSION = '2026-12-01'

/** The purpose shown before asking, per consent. */
export const CONSENT_PURPOSE: Record<ConsentPurpose, string> = {
  phone: '用于网格员、物业或街道就您的报事和办事申请给您回电、回访；仅承办人员和街道可见',
  name: '用于承办人员称呼您、在回访和办事材料中核对身份；仅承办人员和街道可见',
}

/** The 隐私政策 table. */
export const COLLECTED: CollectedItem[] = [
  {
    item: '手机号（经微信验证）',
    why: CONSENT_PURPOSE.phone,
    keptFor: '直到您解绑或注销账号',
  },
  { item: '姓名', why: CONSENT_PURPOSE.name, keptFor: '直到您修改或注销账号' },
  {
    item: '居住地址（小区、楼栋、单元、房号）',
    why: '确定您的网格员和物业公司；房号仅承办人员和街道可见',
    keptFor: '直到您更换地址或注销账号',
  },
  {
    item: '报事内容与照片',
    why: '处理您反映的问题，并作为街道工作记录',
    keptFor: '长期保存；注销账号后与您的姓名、电话脱离',
  },
  {
    item: '办事申请（含身份证号与材料）',
    why: '审核并出具证明；证明可凭核验码查验真伪',
    keptFor: '已出具的证明按档案要求长期保存；注销后删除其中的电话',
  },
  {
    item: '订阅消息授权',
    why: '在进度变化时给您发送微信通知',
    keptFor: '每次授权只用于一条通知',
  },
]

/** What stays after 注销账号, as the 个人信息 page says before the person confirms. */
export const KEPT_AFTER_DELETE = [
  '您提交的报事及其照片、办理记录保留，但姓名显示为“已注销用户”，电话删除',
  '已出具的证明保留姓名和身份证号，以便查验真伪；申请中的电话删除',
  '未出具的申请中的姓名和身份证号删除',
  '您的地址、手机号、姓名和同意记录从账号中删除',
]

/** What reports and applications show in place of a person who deleted their account. */
export const DELETED_PERSON = '已注销用户'

/** A recorded consent: what for, to which version of the policy, when; withdrawn when unbound. */
export interface ConsentRecord {
  purpose: ConsentPurpose
  policyVersion: string
  at: Date
  withdrawnAt?: Date
}
