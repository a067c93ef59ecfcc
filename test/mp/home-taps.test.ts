import { CLOUD, signedInAs } from './fixtures'
import { calls, cloudHandlers, renderPage, settle } from './support/load'

type Page = Awaited<ReturnType<typeof renderPage>>

beforeAll(() => Object.assign(cloudHandlers, CLOUD, signedInAs('resident')))
beforeEach(() => calls.splice(0))

/** Taps the element of `selector` whose text contains `text`, as a finger would. */
async function tap(page: Page, selector: string, text: string): Promise<void> {
  const hit = page
    .querySelectorAll(selector)
    .find((c) => (c.dom as Element).textContent?.includes(text))
  if (!hit) throw new Error(`nothing to tap: ${selector} with ${text}`)
  hit.dispatchEvent('tap')
  await settle(20)
}

const called = (api: string) =>
  calls.filter((c) => c.api === api).map((c) => c.args as Record<string, unknown>)

test.each([
  ['报网格员', '/pages/resident/report/index?target=grid'],
  ['报物业', '/pages/resident/report/index?target=property'],
])('a tap on %s opens the report form with its target', async (title, url) => {
  await tap(await renderPage('pages/home/index'), '.entry-tile', title)
  expect(called('navigateTo')).toEqual([expect.objectContaining({ url })])
  expect(called('showModal')).toEqual([])
})

test.each(['在线办事', '我的网格员'])(
  'a tap on %s (not built yet) says so and opens nothing',
  async (title) => {
    await tap(await renderPage('pages/home/index'), '.entry-tile', title)
    expect(called('navigateTo')).toEqual([])
    expect(called('showModal')).toEqual([
      expect.objectContaining({ title: '即将上线', content: expect.stringContaining(title) }),
    ])
  },
)

test('a tap on a hotline dials it', async () => {
  const page = await renderPage('pages/home/index')
  const rows = page.querySelectorAll('.home__hotline')
  expect(rows.length).toBeGreaterThan(0)
  await tap(page, '.home__hotline', '12345')
  expect(called('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '12345' })])
})
