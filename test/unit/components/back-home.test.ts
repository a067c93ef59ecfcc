import { needsBackHome } from '@/components/BackHome/needs'

describe('返回首页 (H5)', () => {
  it('shows on a page opened fresh that is not a tab page', () => {
    expect(needsBackHome('/pages/worker/inbox/index', 0)).toBe(true)
    expect(needsBackHome('#/pages/resident/report-detail/index?id=r1', undefined)).toBe(true)
  })
  it('not where the browser can go back', () => {
    expect(needsBackHome('/pages/worker/inbox/index', 1)).toBe(false)
  })
  it('never on a tab page', () => {
    expect(needsBackHome('/pages/home/index', 0)).toBe(false)
    expect(needsBackHome('#/pages/me/index?x=1', 0)).toBe(false)
    expect(needsBackHome('#/', 0)).toBe(false)
  })
})
