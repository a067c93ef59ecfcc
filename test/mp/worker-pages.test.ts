import { CLOUD, PAGES, signedInAs } from './fixtures'
import { cloudHandlers, renderPage, textOf } from './support/load'

// A separate file: the app loads its session once at launch, and here it launches as a grid worker.
beforeAll(() => Object.assign(cloudHandlers, CLOUD, signedInAs('grid_worker')))

test.each(Object.entries(PAGES).filter(([, p]) => p.as === 'grid_worker'))(
  '%s renders its key text from the compiled bundle (as a grid worker)',
  async (route, { query, text }) => {
    const shown = textOf(await renderPage(route, query))
    for (const t of text) expect(shown).toContain(t)
  },
)
