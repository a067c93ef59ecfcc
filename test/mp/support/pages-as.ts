import { CLOUD, PAGES, signedInAs, type Role } from '../fixtures'
import { cloudHandlers, renderPage, textOf } from './load'

/**
 * Renders every page of the table meant for `role` from the compiled bundle and checks its key
 * text. One test file per role: the app loads its session once, at launch.
 */
export function testPagesAs(role: Role): void {
  beforeAll(() => Object.assign(cloudHandlers, CLOUD, signedInAs(role)))
  test.each(Object.entries(PAGES).filter(([, p]) => p.as === role))(
    `%s renders its key text from the compiled bundle (as ${role})`,
    async (route, { query, text }) => {
      const shown = textOf(await renderPage(route, query))
      for (const t of text) expect(shown).toContain(t)
    },
  )
}
