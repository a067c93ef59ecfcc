import { CLOUD } from './fixtures'
import { calls, cloudHandlers, renderPage, textOf } from './support/load'

/**
 * The weapp verify page opened by scanning a certificate's mini-program code: WeChat gives the
 * page `scene` (the code, as wxacode.getUnlimited was asked for it), not `code`.
 */
beforeAll(() => Object.assign(cloudHandlers, CLOUD))

test('opened with a scene, it looks the code up at once and shows the result', async () => {
  const shown = textOf(await renderPage('pages/verify/index', { scene: 'ABCDEFGHJKMN' }))
  expect(shown).toContain('证明有效')
  expect(shown).toContain('JZ-2026-000001')
  const verify = calls.find(
    (c) =>
      c.api === 'cloud.callFunction' &&
      (c.args as { action?: string }).action === 'certificate.verify',
  )
  expect(verify?.args).toMatchObject({ payload: { code: 'ABCDEFGHJKMN' } })
})
