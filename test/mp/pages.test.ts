import { PAGES } from './fixtures'
import { appPages } from './support/load'
import { testPagesAs } from './support/pages-as'

test('every page of app.json (main package and subpackages) is covered by the table', () => {
  expect(appPages().sort()).toEqual(Object.keys(PAGES).sort())
})

testPagesAs('resident')
