import { open, tick } from '../support/dashboard'
import { byText } from '../support/render'

jest.setTimeout(30_000)

const district = { openid: 'o_dist', role: 'district', name: '区督办', registered: true }

/** The district (issue 20): the streets ranked first; a tap drills in; 返回全区 goes back. */
it('the district sees the streets ranked, drills into one and returns to the district', async () => {
  const { cloud, utils } = await open(undefined, district)
  await tick()
  const names = () =>
    [...document.querySelectorAll('.dashboard__street-link')].map((e) => e.textContent)
  expect(names()).toEqual(['海北街道 ›', '凤凰岭街道 ›'])
  expect(document.body.textContent).toContain('各街道排名')
  expect(document.body.textContent).not.toContain('导出 Excel')
  expect(cloud.calls.some((c) => c.action === 'stats.dashboard')).toBe(false)

  utils.fireEvent.click(byText(utils, '凤凰岭街道 ›'))
  await tick()
  expect(cloud.calls.filter((c) => c.action === 'stats.dashboard').at(-1)?.payload).toMatchObject({
    scope: { kind: 'street', streetId: 'fenghuang' },
  })
  expect(document.querySelector('.dashboard__number')).not.toBeNull()
  expect(names()).toEqual([])

  utils.fireEvent.click(byText(utils, '‹ 返回全区'))
  await tick()
  expect(names()).toHaveLength(2)
  expect(document.querySelector('.dashboard__number')).toBeNull()
})
