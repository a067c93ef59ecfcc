import { GrantStore, grantBanner, SETTINGS_HINT } from '@/stores/GrantStore'
import { FakeCloud } from '../../support/fake-cloud'

const row = (template: string, remaining: number, askAgain = remaining <= 3) => ({
  template: template as never,
  templateId: `TPL_${template}`,
  remaining,
  askAgain,
})

test('the banner asks louder once the ledger says few are left, and says when they ran out', () => {
  expect(grantBanner([row('newTask', 8)], ['newTask'], null)).toMatchObject({
    remaining: 8,
    askAgain: false,
    askable: ['newTask'],
    text: '还可接收 8 次提醒，点此多接收一次',
  })
  expect(grantBanner([row('newTask', 3)], ['newTask'], null)).toMatchObject({
    askAgain: true,
    text: '仅剩 3 次提醒，点此多接收一次',
  })
  expect(grantBanner([row('newTask', 0)], ['newTask'], null).text).toBe('提醒已用完，点此继续接收')
  // Several templates: the one that runs out first decides; an unknown one counts as none.
  const both = grantBanner([row('reportStatus', 5)], ['reportStatus', 'reportDone'], null)
  expect(both).toMatchObject({ remaining: 0, askAgain: true })
})

test('「总是保持以上选择」 with no, or 订阅消息 off: the tap does not ask, it says where to change it', () => {
  const always = { off: false, always: { TPL_NEW_TASK: 'reject' as const } }
  expect(grantBanner([row('newTask', 0)], ['newTask'], always)).toMatchObject({
    askable: [],
    hint: SETTINGS_HINT,
  })
  // An always-yes is still asked: WeChat answers by itself and each ask banks one.
  const yes = { off: false, always: { TPL_NEW_TASK: 'accept' as const } }
  expect(grantBanner([row('newTask', 0)], ['newTask'], yes).askable).toEqual(['newTask'])
  const off = { off: true, always: {} }
  expect(grantBanner([row('newTask', 0)], ['newTask'], off).askable).toEqual([])
})

test('a tap asks inside the tap, records the accepts and shows the new standing', async () => {
  let banked = 1
  const cloud = new FakeCloud()
    .on('user.grants', () => ({
      grants: [{ ...row('newTask', banked), templateId: 'TPL_NEW_TASK' }],
    }))
    .on('user.recordGrants', () => {
      banked += 1
      return { granted: ['TPL_NEW_TASK'] }
    })
  cloud.grantAnswers = { TPL_NEW_TASK: 'accept' }
  const asked: string[][] = []
  const request = cloud.requestGrants
  cloud.requestGrants = (ids) => {
    asked.push(ids)
    return request(ids)
  }
  const grants = new GrantStore(cloud)
  await grants.load()
  const tap = grants.ask(['newTask'])
  expect(asked).toEqual([['TPL_NEW_TASK']]) // synchronously, before the first await
  await tap
  expect(cloud.calls.filter((c) => c.action === 'user.recordGrants')).toEqual([
    { action: 'user.recordGrants', payload: { answers: { TPL_NEW_TASK: 'accept' } } },
  ])
  expect(grants.banner(['newTask']).remaining).toBe(2)
  // Declined: nothing recorded.
  cloud.grantAnswers = {}
  await grants.ask(['newTask'])
  expect(cloud.calls.filter((c) => c.action === 'user.recordGrants')).toHaveLength(1)
  expect(grants.message).toBe('未开启提醒')
})

test('never more than 3 templates in one prompt', () => {
  const keys = ['reportStatus', 'reportDone', 'newTask', 'certResult'] as const
  expect(grantBanner([], [...keys], null).askable).toHaveLength(3)
})
