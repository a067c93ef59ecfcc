import { CERTIFICATE_TYPE_KEYS, CERTIFICATE_TYPES, DEFAULT_TEXTS } from '@shared/certificates'
import { DEFAULT_CALENDAR } from '@shared/time'

/** What the certificate function answers in the mp tests: one issued 居住证明. */
const summary = {
  id: 'a1',
  no: 'SQ20261123-AB12',
  typeKey: 'residence',
  typeName: '居住证明',
  state: 'approved',
  stateLabel: '已出证',
  applicantName: '王秀兰',
  purposeLabel: '子女入学',
  createdAt: '2026-11-23T08:00:00.000Z',
  deadline: null,
  overdue: false,
  serial: 'JZ-2026-000001',
}
// A 21×21 pattern is enough for the page to draw; the real QR comes from the server.
const qr = Array.from({ length: 21 }, (_, r) =>
  Array.from({ length: 21 }, (_, c) => ((r * c + r) % 3 === 0 ? '1' : '0')).join(''),
)

export const CERTIFICATE_CLOUD = {
  'certificate.catalogue': () => ({
    types: CERTIFICATE_TYPE_KEYS.map((k) => ({ ...CERTIFICATE_TYPES[k], enabled: true })),
  }),
  'certificate.listMine': () => ({ items: [summary], hasMore: false }),
  'certificate.calendar': () => DEFAULT_CALENDAR,
  'certificate.wording': () => ({
    issuer: '海北街道办事处',
    texts: DEFAULT_TEXTS,
    defaults: { issuer: '海北街道办事处', texts: DEFAULT_TEXTS },
  }),
  'certificate.queue': () => ({
    items: [{ ...summary, state: 'submitted', stateLabel: '待审核', serial: null }],
    hasMore: false,
    counts: { all: 1, submitted: 1, needMaterial: 0, approved: 0, rejected: 0, revoked: 0 },
  }),
  'certificate.get': () => ({
    ...summary,
    version: 2,
    idNumber: '150302196205141234',
    phone: '13904731234',
    addressLabel: '新华社区 新华小区1号楼 2单元 301',
    form: { name: '王秀兰', phone: '13904731234', purpose: 'school' },
    attachments: [],
    promise: null,
    events: [
      {
        at: '2026-11-23T08:00:00.000Z',
        action: 'apply',
        label: '提交申请',
        byRole: 'resident',
        note: '',
      },
      {
        at: '2026-11-23T09:00:00.000Z',
        action: 'approve',
        label: '审核通过并出证',
        byRole: 'office',
        note: '',
      },
    ],
    decisionNote: '',
    certificate: {
      serial: 'JZ-2026-000001',
      code: 'ABCDEFGHJKMN',
      issuedAt: '2026-11-23T09:00:00.000Z',
      validUntil: '2027-02-22',
      issuer: '海北街道办事处',
      body: '兹证明 王秀兰（公民身份号码 150***********1237）现居住于新华社区 新华小区1号楼 2单元 301。此证明用于子女入学。特此证明。',
      status: 'valid',
      revokedAt: null,
      revokeReason: '',
      verifyUrl: 'http://127.0.0.1:10086/#/pages/verify/index?code=ABCDEFGHJKMN',
      qr,
    },
    verifications: [
      { at: '2026-11-23T10:00:00.000Z', verifier: '工商银行海北支行', channel: '网页' },
    ],
    actions: ['revoke'],
  }),
  'certificate.verify': () => ({
    status: 'valid',
    typeName: '居住证明',
    holderName: '王**',
    idNumber: '150***********1234',
    serial: 'JZ-2026-000001',
    issuedAt: '2026-11-23T09:00:00.000Z',
    validUntil: '2027-02-22',
    issuer: '海北街道办事处',
    revokedAt: null,
    revokeReason: '',
  }),
}

export const CERTIFICATE_PAGES = {
  'pages/resident/apply/index': {
    as: 'resident' as const,
    text: ['居住证明', '贫困证明', '办事指南', '在线申请', '我的申请', '已出证'],
  },
  'pages/resident/apply-form/index': {
    as: 'resident' as const,
    query: { type: 'residence' },
    text: [
      '申请人姓名',
      '身份证号',
      '新华小区1号楼',
      '子女入学',
      '居民身份证',
      '住所证明',
      '告知承诺',
      '提交申请',
    ],
  },
  'pages/resident/application/index': {
    as: 'resident' as const,
    query: { id: 'a1' },
    text: [
      '居住证明',
      'JZ-2026-000001',
      '扫码验真',
      'ABCD-EFGH-JKMN',
      '保存为图片',
      '办理记录',
      '工商银行海北支行',
    ],
  },
  'pages/office/applications/index': {
    as: 'office' as const,
    text: ['待审核', '待补充', '居住证明 · 王秀兰', '贫困证明'],
  },
  'pages/office/application/index': {
    as: 'office' as const,
    query: { id: 'a1' },
    text: ['撤销证明', '150302196205141234', '核验记录'],
  },
  'pages/office/cert-settings/index': {
    as: 'office' as const,
    text: [
      '居住证明',
      '开放网上办理',
      '允许告知承诺',
      '办结时限（工作日）',
      '工作日历',
      '2026-10-01~2026-10-07',
      '证明文字',
      '出具单位',
      '贫困证明正文',
    ],
  },
  'pages/office/limits/index': {
    as: 'office' as const,
    text: ['一般问题 · 紧急', '复杂问题 · 普通', '受理（小时）', '自动结案'],
  },
  'pages/office/phrases/index': {
    as: 'office' as const,
    text: ['派单备注', '证明不予通过', '最多 12 条', '添加'],
  },
  'pages/verify/index': {
    as: 'resident' as const,
    query: { code: 'ABCDEFGHJKMN' },
    text: ['证明有效', '王**', '海北街道办事处', 'JZ-2026-000001'],
  },
}
