import { verifyCodeFromLaunch } from '@shared/certificates/verify-code'

describe('the code a scan opens the verify page with', () => {
  test.each([
    ['a link', { code: 'abcd-efgh-jkmn' }],
    ['a mini-program code (scene)', { scene: 'ABCDEFGHJKMN' }],
    ['a scene WeChat URL-encoded', { scene: encodeURIComponent('ABCD-EFGH-JKMN') }],
    [
      'a plain QR of the H5 link (q)',
      { q: encodeURIComponent('https://xb.example.cn/#/pages/verify/index?code=ABCDEFGHJKMN') },
    ],
  ])('%s', (_name, params) => {
    expect(verifyCodeFromLaunch(params)).toBe('ABCDEFGHJKMN')
  })

  test.each([
    ['nothing', {}],
    ['a look-alike letter', { scene: 'ABCDEFGHJKM0' }],
    ['a broken escape', { scene: '%E0%A4%A' }],
    ['a q without a code', { q: encodeURIComponent('https://xb.example.cn/#/pages/home/index') }],
  ])('%s gives no code', (_name, params) => {
    expect(verifyCodeFromLaunch(params)).toBe('')
  })
})
