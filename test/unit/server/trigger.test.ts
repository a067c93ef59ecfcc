import { isPlatformTimer } from '@/server/trigger'

const cloudWith = (ctx: Record<string, string>) => ({ getWXContext: () => ctx })

test.each([
  ['the platform’s timer trigger', { SOURCE: 'wx_trigger' }, true],
  ['a mini-program call', { SOURCE: 'wx_client', OPENID: 'o1' }, false],
  ['a function called by the timer function', { SOURCE: 'wx_trigger,scf' }, false],
  [
    'a timer source with a user (never from the platform)',
    { SOURCE: 'wx_trigger', OPENID: 'o1' },
    false,
  ],
  ['no source at all (console, outside SDK)', {}, false],
  ['an HTTP API call', { SOURCE: 'wx_http' }, false],
])('%s → %s', (_, ctx, expected) => {
  expect(isPlatformTimer(cloudWith(ctx as Record<string, string>))).toBe(expected)
})
