import { PAGE, pageUrl } from '@shared/routes'
/**
 * 首页 entries, modelled on 管家小北's menu. `ready: false` marks a feature not built yet: its tap
 * says so plainly instead of opening a page that pretends to work.
 */
export interface HomeEntry {
  key: 'report-grid' | 'report-property' | 'apply' | 'my-grid'
  title: string
  desc: string
  url: string
  ready: boolean
}

export const REPORT_ENTRIES: HomeEntry[] = [
  {
    key: 'report-grid',
    title: '报网格员',
    desc: '楼道、路灯、下水道等问题',
    url: pageUrl('report', { target: 'grid' }),
    ready: true,
  },
  {
    key: 'report-property',
    title: '报物业',
    desc: '小区内设施维修、保洁',
    url: pageUrl('report', { target: 'property' }),
    ready: true,
  },
]

export const SERVICE_ENTRIES: HomeEntry[] = [
  {
    key: 'apply',
    title: '在线办事',
    desc: '居住证明、贫困证明',
    url: PAGE.apply,
    ready: true,
  },
  {
    key: 'my-grid',
    title: '我的网格员',
    desc: '查看并联系网格员',
    url: PAGE.myGrid,
    ready: true,
  },
]

/** 快捷服务: public hotlines every resident may need; a tap dials. */
export const HOTLINES = [
  { name: '政务服务便民热线', phone: '12345' },
  { name: '匪警', phone: '110' },
  { name: '火警', phone: '119' },
  { name: '急救', phone: '120' },
  { name: '消费者投诉', phone: '12315' },
  { name: '供电服务', phone: '95598' },
] as const
