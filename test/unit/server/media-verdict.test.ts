import { shownFiles } from '@/server/media-check'
import { isClientCall, isMediaCheckPush } from '@/server/media-verdict'

const cloudWith = (ctx: Record<string, string>) => ({ getWXContext: () => ctx })

test.each([
  ['WeChat’s push (OPENID its FromUserName, no client source)', { OPENID: 'o1' }, '', false],
  ['a mini-program call', { SOURCE: 'wx_client', OPENID: 'o1' }, '', true],
  ['the devtools', { SOURCE: 'wx_devtools', OPENID: 'o1' }, '', true],
  ['a function called from the mini-program', { SOURCE: 'wx_client,scf' }, '', true],
  ['an HTTP API call', { SOURCE: 'wx_http' }, '', true],
  ['a web login (the desk, the H5 app)', {}, 'uid-1', true],
])('%s: a client call → %s', (_, ctx, uid, expected) => {
  expect(isClientCall(cloudWith(ctx as Record<string, string>), uid)).toBe(expected)
})

test('only the wxa_media_check event is taken for a verdict', () => {
  expect(isMediaCheckPush({ MsgType: 'event', Event: 'wxa_media_check', trace_id: 't' })).toBe(true)
  expect(isMediaCheckPush({ MsgType: 'event', Event: 'subscribe_msg_event' })).toBe(false)
  expect(isMediaCheckPush({ action: 'sla.limits' })).toBe(false)
  expect(isMediaCheckPush(null)).toBe(false)
})

test('a hidden file is left out for everyone but the office, by id or as an attachment', () => {
  expect(shownFiles(['a', 'b'], ['b'], false)).toEqual(['a'])
  expect(shownFiles(['a', 'b'], ['b'], true)).toEqual(['a', 'b'])
  expect(shownFiles([{ fileID: 'a' }, { fileID: 'b' }], ['a'], false)).toEqual([{ fileID: 'b' }])
  expect(shownFiles(['a'], undefined, false)).toEqual(['a'])
})
