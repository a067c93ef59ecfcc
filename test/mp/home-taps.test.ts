import { REPORT_ENTRIES, SERVICE_ENTRIES } from '@/pages/home/entries'
import { CLOUD, signedInAs } from './fixtures'
import { calls, cloudHandlers, renderPage } from './support/load'
import { called, tap } from './support/taps'

beforeAll(() => Object.assign(cloudHandlers, CLOUD, signedInAs('resident')))
beforeEach(() => calls.splice(0))

// The table the home page is built from: ready entries open their page, the rest say so.
const ENTRIES = [...REPORT_ENTRIES, ...SERVICE_ENTRIES]
const READY = ENTRIES.filter((e) => e.ready).map((e) => [e.title, e.url])
const NOT_READY = ENTRIES.filter((e) => !e.ready).map((e) => e.title)

test('报网格员, 报物业 and 在线办事 are built', () => {
  expect(READY.map(([t]) => t)).toEqual(expect.arrayContaining(['报网格员', '报物业', '在线办事']))
})

test.each(READY)('a tap on %s opens %s', async (title, url) => {
  await tap(await renderPage('pages/home/index'), '.entry-tile', title)
  expect(called('navigateTo')).toEqual([expect.objectContaining({ url })])
  expect(called('showModal')).toEqual([])
})

if (NOT_READY.length)
  test.each(NOT_READY)('a tap on %s (not built yet) says so and opens nothing', async (title) => {
    await tap(await renderPage('pages/home/index'), '.entry-tile', title)
    expect(called('navigateTo')).toEqual([])
    expect(called('showModal')).toEqual([
      expect.objectContaining({ title: '即将上线', content: expect.stringContaining(title) }),
    ])
  })

test('a tap on a hotline dials it', async () => {
  const page = await renderPage('pages/home/index')
  const rows = page.querySelectorAll('.home__hotline')
  expect(rows.length).toBeGreaterThan(0)
  await tap(page, '.home__hotline', '12345')
  expect(called('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '12345' })])
})
