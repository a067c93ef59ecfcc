import { CLOUD, PAGES, signedInAs } from './fixtures'
import { appPages, cloudHandlers, renderPage, textOf } from './support/load'

beforeAll(() => Object.assign(cloudHandlers, CLOUD, signedInAs('resident')))

test('every page of app.json (main package and subpackages) is covered here', () => {
  expect(appPages().sort()).toEqual(Object.keys(PAGES).sort())
})

test.each(Object.entries(PAGES).filter(([, p]) => p.as === 'resident'))(
  '%s renders its key text from the compiled bundle',
  async (route, { query, text }) => {
    const page = await renderPage(route, query)
    const shown = textOf(page)
    for (const t of text) expect(shown).toContain(t)
  },
)
