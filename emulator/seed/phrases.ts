import type { Doc } from '../src/db/values'

/**
 * 常用语 for the demo street only: a real street starts with empty lists and the office writes
 * its own (the functions seed nothing).
 */
export const demoPhrases: Doc = {
  _id: 'phrases',
  version: 1,
  lists: {
    accept: ['已收到，马上到现场查看', '已联系相关人员，今日内处理'],
    return: ['不属于本网格管辖，请街道重新派单', '属于物业管理范围，请转物业'],
    reject: ['不属于街道受理范围，请拨打 12345', '描述不清，无法核实，请补充后重新提交'],
    urge: ['已超时，请今日内办结并回复', '居民多次反映，请优先处理'],
    dispatch: ['请尽快到现场核实处理', '涉及公共设施，请联系相关部门协同'],
    certReject: ['上传的身份证照片不清晰，请重新拍摄', '申请人不在本街道居住，请向户籍所在地申请'],
  },
}
