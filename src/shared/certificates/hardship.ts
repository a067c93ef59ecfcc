import { APPLICANT_FIELDS, HUKOU, ID_CARD, OTHER_PURPOSE } from './common'
import type { CertificateType } from './types'

/** 贫困证明 (困难证明): that the applicant's household is in financial hardship. */
export const HARDSHIP: CertificateType = {
  key: 'hardship',
  name: '贫困证明',
  aliases: ['困难证明', '家庭经济困难证明'],
  serialPrefix: 'KN',
  fields: [
    ...APPLICANT_FIELDS,
    {
      key: 'householdSize',
      label: '家庭人口',
      kind: 'integer',
      required: true,
      min: 1,
      max: 20,
      unit: '人',
    },
    {
      key: 'monthlyIncome',
      label: '家庭月人均收入',
      kind: 'money',
      required: true,
      min: 0,
      max: 100000,
      unit: '元/月',
    },
    {
      key: 'reason',
      label: '困难原因',
      kind: 'textarea',
      required: true,
      min: 5,
      max: 300,
      placeholder: '如因病、因残、失业、子女上学等，请简要说明家庭困难情况',
    },
  ],
  purposes: [
    { key: 'studentAid', label: '子女助学、学费减免' },
    { key: 'medicalAid', label: '医疗救助' },
    { key: 'temporaryAid', label: '申请临时救助' },
    { key: 'legalAid', label: '申请法律援助' },
    { key: 'feeWaiver', label: '费用减免' },
    { key: OTHER_PURPOSE, label: '其他' },
  ],
  attachments: [
    ID_CARD,
    { ...HUKOU, required: true, hint: '户口簿首页及全部家庭成员页照片', maxFiles: 9 },
    {
      kind: 'income',
      label: '收入证明',
      hint: '家庭成员的工资收入证明、失业证明或退休金发放记录等',
      required: true,
      promiseReplaceable: true,
      maxFiles: 9,
    },
    {
      kind: 'assistance',
      label: '低保证、特困证或残疾证',
      hint: '已享受低保、特困供养或持有残疾证的，请上传证件照片（选填）',
      required: false,
      promiseReplaceable: false,
      maxFiles: 6,
    },
    {
      kind: 'other',
      label: '其他证明材料',
      hint: '如诊断证明、住院费用清单等能说明困难情况的材料（选填）',
      required: false,
      promiseReplaceable: false,
      maxFiles: 9,
    },
  ],
  reviewer: 'office',
  timeLimitDays: 5,
  validityMonths: 6,
  promise: {
    version: 'KN-2026-01',
    title: '家庭经济困难情况告知承诺书',
    text:
      '本人自愿以告知承诺方式申请开具贫困（困难）证明，并郑重承诺：本人所填报的家庭人口、' +
      '家庭收入、困难原因等信息及所提交的材料真实、准确、完整，不存在隐瞒家庭收入和财产、' +
      '虚报家庭人口或困难情况等行为。对因客观原因暂时无法提供的收入证明，本人以本承诺代替，' +
      '并同意街道办事处及所在社区通过入户调查、邻里走访、信息比对等方式对承诺内容进行核查。' +
      '如承诺内容不实，本人愿意承担相应的法律责任，街道办事处有权撤销已出具的证明，' +
      '相关单位有权追回本人因此获得的救助或减免，本人虚假承诺的情况将按照有关规定记入信用记录。' +
      '本承诺书自本人签名之日起生效。',
  },
  guide: {
    summary:
      '贫困证明（困难证明）用于证明申请人家庭经济困难，常用于子女助学、学费减免、医疗救助、' +
      '临时救助、法律援助等。',
    eligibility: '户籍或实际居住在本街道辖区内、家庭经济困难的居民。',
    prepare: [
      '居民身份证正反面照片',
      '户口簿首页及全部家庭成员页照片',
      '收入证明：家庭成员的工资收入证明、失业证明等（暂时无法提供的，可签署告知承诺书）',
      '已享受低保、特困供养或持有残疾证的，上传相应证件（选填）',
    ],
    process: [
      '在线填写家庭人口、收入和困难原因，上传材料',
      '社区网格员入户核实家庭情况',
      '街道工作人员审核，通过后出具电子证明，扫描证明上的二维码即可验真',
    ],
    duration: '自提交之日起 5 个工作日内办结；需要补充材料的，自补齐之日起重新计算。',
    notes: [
      '证明自出具之日起 6 个月内有效。',
      '家庭经济状况发生变化的，请及时告知社区。',
      '提供虚假材料或作出不实承诺的，将依法承担相应责任并追回已获得的救助。',
    ],
  },
}
