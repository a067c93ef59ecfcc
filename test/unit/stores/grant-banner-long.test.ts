// The build's TARO_APP_TPL_NEW_TASK_LONG=1, as Taro inlines it: read when the module loads.
process.env.TARO_APP_TPL_NEW_TASK_LONG = '1'
const { grantBanner } = require('@/stores/GrantStore') as typeof import('@/stores/GrantStore')

const row = (remaining: number) => ({
  template: 'newTask' as const,
  templateId: 'TPL_NEW_TASK',
  remaining,
  askAgain: remaining === 0,
})

test('a held long-term grant (长期订阅) is not asked for again; once gone it is', () => {
  expect(grantBanner([row(1)], ['newTask'], null)).toMatchObject({
    askable: [],
    askAgain: false,
    text: '已开启长期提醒',
    hint: '',
  })
  expect(grantBanner([row(0)], ['newTask'], null)).toMatchObject({
    askable: ['newTask'],
    text: '提醒已用完，点此继续接收',
  })
})
