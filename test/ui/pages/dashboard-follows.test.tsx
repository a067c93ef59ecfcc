import type { FollowsView } from '@shared/contracts/follows'
import { AppError } from '@shared/errors'
import { noFollows, open, tick } from '../support/dashboard'
import { byText } from '../support/render'

jest.setTimeout(30_000)

const district = { openid: 'o_dist', role: 'district', name: '区督办', registered: true }
const text = () => document.querySelector('.dashboard__follows')?.textContent ?? ''

/** 关注的问题类型 (issue 20): the district follows a category, narrows its streets, stops. */
it('loads with 重试 after a failure, follows, narrows to a street, keeps one, unfollows', async () => {
  let view: FollowsView = noFollows()
  let failFirst = true
  const { cloud, utils } = await open(undefined, district, (c) =>
    c
      .on('stats.follows', () => {
        if (!failFirst) return view
        failFirst = false
        throw new AppError('NETWORK', '网络不可用，请检查网络后重试')
      })
      .on('stats.follow', (p) => {
        const { category, streetIds = [] } = p as { category: string; streetIds?: string[] }
        if (category === 'safety')
          throw new AppError('INVALID_INPUT', '没有这个问题类型，请从列表中选择')
        view = { ...view, follows: [{ category, label: '噪音扰民', streetIds }] }
        return view
      })
      .on('stats.unfollow', () => (view = { ...view, follows: [] })),
  )
  await tick()
  expect(text()).toContain('网络不可用，请检查网络后重试')
  utils.fireEvent.click(byText(utils, '重试'))
  await tick()
  expect(text()).toContain('还没有关注任何问题类型')

  utils.fireEvent.click(byText(utils, '＋ 噪音扰民'))
  await tick()
  expect(cloud.calls.at(-1)).toEqual({ action: 'stats.follow', payload: { category: 'noise' } })
  expect(text()).toContain('噪音扰民（全部街道）')
  expect(text()).not.toContain('还没有关注')
  expect(text()).not.toContain('＋ 噪音扰民')

  utils.fireEvent.click(byText(utils, '海北街道'))
  await tick()
  expect(cloud.calls.at(-1)?.payload).toEqual({ category: 'noise', streetIds: ['fenghuang'] })
  expect(text()).toContain('噪音扰民（凤凰岭街道）')

  // The last street stays: no call, a word why.
  const calls = cloud.calls.length
  utils.fireEvent.click(byText(utils, '凤凰岭街道'))
  await tick()
  expect(cloud.calls).toHaveLength(calls)
  expect(text()).toContain('至少保留一个街道')

  // A refusal is shown in the server's words; nothing changes.
  utils.fireEvent.click(byText(utils, '＋ 安全隐患'))
  await tick()
  expect(text()).toContain('没有这个问题类型，请从列表中选择')
  expect(text()).toContain('噪音扰民（凤凰岭街道）')

  utils.fireEvent.click(byText(utils, '取消关注'))
  await tick()
  expect(cloud.calls.at(-1)).toEqual({ action: 'stats.unfollow', payload: { category: 'noise' } })
  expect(text()).toContain('还没有关注任何问题类型')
})

it('the section is the district’s: an office’s dashboard neither shows nor asks for it', async () => {
  const { cloud } = await open()
  await tick()
  expect(document.querySelector('.dashboard__follows')).toBeNull()
  expect(cloud.calls.some((c) => c.action === 'stats.follows')).toBe(false)
})
