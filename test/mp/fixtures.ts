import { DEFAULT_LIMITS } from '@shared/reports'
import { AUTH_CLOUD, AUTH_PAGES } from './fixtures-auth'
import { CERTIFICATE_CLOUD, CERTIFICATE_PAGES } from './fixtures-certificate'
import { GRID_CLOUD, GRID_PAGES } from './fixtures-grid'
import { STATS_CLOUD, STATS_PAGES } from './fixtures-stats'
/** What the cloud answers in the mp tests: a resident with a bound home and one report. */
const summary = {
  id: 'r1',
  no: 'BS20261123-0001',
  target: 'grid',
  categoryKey: 'lighting',
  categoryLabel: '照明',
  description: '楼道灯坏了',
  state: 'submitted',
  statusTag: '待受理',
  urgency: 'normal',
  placeLabel: '新华小区1号楼 2单元',
  handlerName: '新华社区第一网格',
  cover: null,
  followers: 0,
  createdAt: '2026-11-23T08:00:00.000Z',
  mine: true,
  deadline: '2026-11-23T10:00:00.000Z',
  overdue: false,
}

export const CLOUD = {
  'user.messages': () => ({
    items: [
      {
        id: 'm1',
        kind: 'report',
        title: '报事已受理：照明',
        body: '网格员 张海燕 已受理',
        page: '',
        read: false,
        createdAt: '2026-11-23T08:05:00.000Z',
      },
    ],
    unread: 1,
    hasMore: false,
  }),
  'user.markRead': () => ({ unread: 0 }),
  // The grant ledger: two 新任务 reminders left; a resident's status and 办结 ones used up.
  'user.grants': () => ({
    grants: [
      { template: 'newTask', templateId: 'TPL_NEW_TASK', remaining: 2, askAgain: true },
      { template: 'reportStatus', templateId: 'TPL_REPORT_STATUS', remaining: 0, askAgain: true },
      { template: 'reportDone', templateId: 'TPL_REPORT_DONE', remaining: 0, askAgain: true },
    ],
  }),
  'user.recordGrants': () => ({ granted: [] }),
  'user.whoami': () => ({
    openid: 'o_res',
    role: 'resident',
    name: '王秀兰',
    registered: true,
    address: {
      communityId: 'c',
      communityName: '新华社区',
      buildingId: 'b1',
      buildingName: '新华小区1号楼',
      unit: '2单元',
      room: '301',
    },
  }),
  'grid.places': () => ({
    communities: [
      {
        _id: 'c',
        name: '新华社区',
        buildings: [{ _id: 'b1', name: '新华小区1号楼', units: ['1单元', '2单元'] }],
      },
    ],
  }),
  'sla.limits': () => ({ limits: DEFAULT_LIMITS, autoCloseDays: 3 }),
  'sla.phrases': () => ({
    lists: { accept: ['已收到，马上到现场查看'], dispatch: [], certReject: ['照片不清晰'] },
    version: 1,
  }),
  'grid.handlers': () => ({
    handlers: [{ kind: 'grid', id: 'g-xinhua-1', name: '新华社区第一网格' }],
  }),
  'report.listMine': () => ({ items: [summary], hasMore: false }),
  'report.inbox': () => ({
    items: [summary],
    hasMore: false,
    counts: { pending: 1, active: 0, overdue: 0, done: 0 },
  }),
  'report.workCounts': () => ({ counts: { overdue: 0, pending: 1 } }),
  'report.get': () => ({
    ...summary,
    photos: [],
    handler: {
      kind: 'grid',
      name: '新华社区第一网格',
      contactName: '张海燕',
      contactPhone: '13904732001',
    },
    deadlines: { acceptBy: '2026-11-23T10:00:00.000Z', resolveBy: '2026-11-24T08:00:00.000Z' },
    events: [{ at: '2026-11-23T08:00:00.000Z', action: 'create', label: '提交报事', by: '我' }],
    version: 1,
    actions: ['accept', 'transfer'],
  }),
  ...CERTIFICATE_CLOUD,
  ...GRID_CLOUD,
  ...STATS_CLOUD,
  ...AUTH_CLOUD,
  'report.search': () => ({
    items: [summary],
    hasMore: false,
    counts: { all: 1, pending: 1, active: 0, escalations: 0, overdue: 0, done: 0 },
  }),
}

const ADDRESS = {
  communityId: 'c',
  communityName: '新华社区',
  buildingId: 'b1',
  buildingName: '新华小区1号楼',
  unit: '2单元',
  room: '301',
}

/** user.whoami for the role a test file runs as (the app loads its session once, at launch). */
export function signedInAs(role: Role) {
  const me =
    role === 'resident'
      ? { openid: 'o_res', role, name: '王秀兰', registered: true, address: ADDRESS }
      : {
          openid: `o_${role}`,
          role,
          name: role === 'office' ? '陈主任' : '张海燕',
          registered: true,
          address: null,
        }
  return { 'user.whoami': () => me }
}

/** The key text of every page in app.json; a page added without a row here fails the first test. */
export type Role = 'resident' | 'grid_worker' | 'office'

export const PAGES: Record<string, { as: Role; query?: Record<string, string>; text: string[] }> = {
  ...CERTIFICATE_PAGES,
  ...GRID_PAGES,
  ...STATS_PAGES,
  ...AUTH_PAGES,
  'pages/home/index': {
    as: 'resident',
    text: ['报网格员', '报物业', '在线办事', '我的网格员', '快捷服务', '12345'],
  },
  'pages/me/index': { as: 'resident', text: ['王秀兰', '居民', '我的报事'] },
  'pages/resident/report/index': {
    as: 'resident',
    query: { target: 'grid' },
    text: ['拍照上报', '问题类型', '照明', '问题描述', '新华小区1号楼 2单元', '提交'],
  },
  'pages/resident/my-reports/index': { as: 'resident', text: ['照明', '楼道灯坏了', '待受理'] },
  'pages/resident/report-detail/index': {
    as: 'resident',
    query: { id: 'r1' },
    text: ['楼道灯坏了', '新华社区第一网格', '打电话', '办理进度', '提交报事', '接收办理进度提醒'],
  },
  'pages/messages/list/index': {
    as: 'resident',
    text: ['报事已受理：照明', '网格员 张海燕 已受理'],
  },
  'pages/worker/inbox/index': {
    as: 'grid_worker',
    text: ['待受理', '处理中', '已超时', '已完成', '楼道灯坏了', '接收新任务提醒', '仅剩 2 次提醒'],
  },
  'pages/office/console/index': {
    as: 'office',
    text: ['吹哨待办', '已超时', '楼道灯坏了', '全部类型', '全部网格/物业', '开始日期'],
  },
  'pages/office/report/index': {
    as: 'office',
    query: { id: 'r1' },
    text: ['楼道灯坏了', '办理进度'],
  },
  'pages/worker/task/index': {
    as: 'grid_worker',
    query: { id: 'r1' },
    text: ['受理', '转派', '楼道灯坏了', '办理进度'],
  },
}
