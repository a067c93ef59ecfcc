import { APPLICANT_FIELDS, HUKOU, ID_CARD, OTHER_PURPOSE } from './common'
import type { CertificateType } from './types'

/** 居住证明: that the applicant actually lives at their bound address in the street. */
export const RESIDENCE: CertificateType = {
  key: 'residence',
  name: '居住证明',
  aliases: ['居住地证明', '住址证明'],
  serialPrefix: 'JZ',
  fields: APPLICANT_FIELDS,
  purposes: [
    { key: 'school', label: '子女入学' },
    { key: 'residencePermit', label: '办理居住证' },
    { key: 'socialInsurance', label: '社保、医保业务' },
    { key: 'housingFund', label: '住房公积金提取' },
    { key: 'employment', label: '就业登记' },
    { key: 'vehicle', label: '车辆、驾驶证业务' },
    { key: OTHER_PURPOSE, label: '其他' },
  ],
  attachments: [
    ID_CARD,
    {
      kind: 'housing',
      label: '住所证明',
      hint: '房产证、购房合同或租房合同照片，任选其一；租房的请上传有效期内的合同',
      required: true,
      promiseReplaceable: true,
      maxFiles: 6,
    },
    HUKOU,
  ],
  reviewer: 'office',
  timeLimitDays: 3,
  validityMonths: 3,
  promise: {
    version: 'JZ-2026-01',
    title: '居住证明告知承诺书',
    text:
      '本人自愿以告知承诺方式申请开具居住证明，并郑重承诺：本人所填报的姓名、公民身份号码、' +
      '联系电话、居住地址等信息真实、准确、完整，本人确在所填报的地址实际居住。本人已知晓，' +
      '因客观原因暂时无法提供房产证、购房合同或租房合同等住所证明材料的，可以本承诺代替；' +
      '街道办事处有权通过社区网格员入户走访、信息比对等方式对承诺内容进行核查，本人愿意配合。' +
      '如承诺内容不实，本人愿意承担由此产生的一切法律责任，街道办事处有权撤销已出具的证明，' +
      '并将本人虚假承诺的情况按照有关规定记入信用记录。本承诺书自本人签名之日起生效。',
  },
  guide: {
    summary:
      '居住证明用于证明申请人在本街道辖区内的实际居住情况，常用于子女入学、办理居住证、' +
      '社保医保业务、住房公积金提取等。',
    eligibility: '在本街道辖区内实际居住，并已在本程序中绑定居住地址的居民。',
    prepare: [
      '居民身份证正反面照片',
      '住所证明：房产证、购房合同或租房合同照片（任选其一；暂时无法提供的，可签署告知承诺书）',
      '户口簿首页及本人页照片（选填）',
    ],
    process: [
      '在线填写申请信息并上传材料',
      '街道工作人员审核，必要时由网格员上门核实',
      '审核通过后出具电子证明，扫描证明上的二维码即可验真',
    ],
    duration: '自提交之日起 3 个工作日内办结；需要补充材料的，自补齐之日起重新计算。',
    notes: [
      '证明自出具之日起 3 个月内有效。',
      '需要纸质证明的，可凭身份证到所在街道办事处便民服务大厅领取。',
      '提供虚假材料或作出不实承诺的，将依法承担相应责任。',
    ],
  },
}
