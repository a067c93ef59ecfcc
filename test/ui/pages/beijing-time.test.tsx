import MessagesPage from '@/pages/messages/list'
import MyReportsPage from '@/pages/resident/my-reports'
import InboxPage from '@/pages/worker/inbox'
import type { ReportSummary } from '@shared/contracts/report'
import { FakeCloud } from '../../support/fake-cloud'
import { renderPage } from '../support/render'

// 23:30 and 00:30 Beijing time: UTC slicing showed them as 15:30 and 16:30 on the 23rd.
const LATE = '2026-11-23T15:30:00.000Z'
const EARLY = '2026-11-23T16:30:00.000Z'

/** Waits (without a fixed sleep) until the page shows `text`. */
async function shows(text: string) {
  for (let i = 0; i < 500 && !document.body.textContent?.includes(text); i++)
    await new Promise((r) => setTimeout(r, 10))
  return document.body.textContent ?? ''
}

const report = (id: string, createdAt: string): ReportSummary => ({
  id,
  no: `BS-${id}`,
  target: 'grid',
  categoryKey: 'environment',
  categoryLabel: '环境卫生',
  description: `问题 ${id}`,
  state: 'submitted',
  statusTag: '待受理',
  urgency: 'normal',
  placeLabel: '新华小区1号楼',
  handlerName: '张海燕',
  cover: null,
  followers: 0,
  createdAt,
  mine: true,
  deadline: null,
  overdue: false,
  version: 1,
})

describe('lists show Beijing time', () => {
  it('消息: 23:30 and 00:30 Beijing, on their Beijing days', async () => {
    const message = (id: string, createdAt: string) => ({
      id,
      kind: 'report',
      title: `消息 ${id}`,
      body: '',
      page: '',
      read: true,
      createdAt,
    })
    const cloud = new FakeCloud().on('user.messages', () => ({
      items: [message('m1', EARLY), message('m2', LATE)],
      unread: 0,
      hasMore: false,
    }))
    await renderPage(MessagesPage, cloud)
    const text = await shows('11-24 00:30')
    expect(text).toContain('11-23 23:30')
    expect(text).not.toContain('16:30')
  })

  it('任务收件箱: the time a report came in, in Beijing time', async () => {
    const cloud = new FakeCloud().on('report.inbox', () => ({
      items: [report('r1', EARLY), report('r2', LATE)],
      hasMore: false,
      counts: { pending: 2, active: 0, overdue: 0, done: 0 },
    }))
    await renderPage(InboxPage, cloud)
    const text = await shows('2026-11-24 00:30')
    expect(text).toContain('2026-11-23 23:30')
    expect(text).not.toContain('15:30')
  })

  it('我的报事: a report made at 00:30 Beijing is dated that day', async () => {
    const cloud = new FakeCloud().on('report.listMine', () => ({
      items: [report('r1', EARLY)],
      hasMore: false,
    }))
    await renderPage(MyReportsPage, cloud)
    const text = await shows('问题 r1')
    expect(text).toContain('2026-11-24')
    expect(text).not.toContain('2026-11-23')
  })
})
