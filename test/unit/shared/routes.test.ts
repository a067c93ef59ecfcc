import { PAGE, pageUrl } from '@shared/routes'

/** app.config.ts as Taro reads it (defineAppConfig is a build-time global). */
function appPages(): string[] {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown }
  g.defineAppConfig = (c) => c
  const config = require('../../../src/app.config').default as {
    pages: string[]
    subPackages: Array<{ root: string; pages: string[] }>
  }
  return [
    ...config.pages,
    ...config.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`)),
  ]
}

test('the route map names exactly the pages of app.config.ts', () => {
  expect(Object.values(PAGE).sort()).toEqual(
    appPages()
      .map((p) => `/${p}`)
      .sort(),
  )
})

test('a link carries its query encoded and leaves out empty values', () => {
  expect(pageUrl('reportDetail', { id: 'r1' })).toBe('/pages/resident/report-detail/index?id=r1')
  expect(pageUrl('myGrid', { gridId: undefined })).toBe('/pages/resident/my-grid/index')
  expect(pageUrl('report', { target: 'grid', note: 'a&b' })).toBe(
    '/pages/resident/report/index?target=grid&note=a%26b',
  )
})
