import path from 'node:path'
import { compile, SecurityRules } from '../../../emulator/src/rules'

const root = path.resolve(__dirname, '../../..')
const rules = SecurityRules.load(
  path.join(root, 'cloudbase/storage.rules.json'),
  path.join(root, 'cloudbase/database.rules.json'),
)
const weapp = (openid: string) => ({ openid, loginType: 'WECHAT' }) // a mini-program: no uid
const web = (uid: string) => ({ uid, loginType: 'CUSTOM' }) // the H5 build: no openid

test.each([
  ['the uploader (mini-program)', weapp('oA'), 'oA', true],
  ['the uploader (web)', web('oA'), 'oA', true],
  ['another user', weapp('oB'), 'oA', false],
  ['the signed-out', null, 'oA', false],
  // A function's file has no owner; a mini-program request has no uid: undefined == undefined
  // must not let it through.
  ['a mini-program user, for a function’s file', weapp('oA'), '', false],
  ['a web user, for a function’s file', web('oA'), '', false],
] as const)('storage: %s', (_n, auth, owner, allowed) => {
  for (const op of ['read', 'write'] as const)
    expect(
      rules.file(op, auth, { openid: owner || (undefined as unknown as string), path: 'x' }),
    ).toBe(allowed)
})

test('database: a user’s own messages only, nothing else, and never a write', () => {
  expect(rules.database('messages', 'read', weapp('oA'), { toOpenid: 'oA' })).toBe(true)
  expect(rules.database('messages', 'read', weapp('oA'), { toOpenid: 'oB' })).toBe(false)
  expect(rules.database('messages', 'read', weapp('oA'), {})).toBe(false)
  expect(rules.database('messages', 'update', weapp('oA'), { toOpenid: 'oA' })).toBe(false)
  expect(rules.database('users', 'read', weapp('oA'), { _id: 'oA' })).toBe(false)
})

test('expressions: operators, precedence, member access never reaching the prototype', () => {
  const run = (src: string, vars: Record<string, unknown> = {}) => compile(src)(vars)
  expect(run('a == 1 || b == 2 && c == 3', { a: 1, b: 0 })).toBe(true)
  expect(run('!(a == 1) && a in [2, 3]', { a: 3 })).toBe(true)
  expect(run('auth.constructor != null', { auth: {} })).toBe(false)
  expect(run("doc['x'] >= 2", { doc: { x: 2 } })).toBe(true)
  expect(run("'1' == 1")).toBe(false)
  for (const bad of ['get("database.x.y")', 'a ==', '`x`', 'a = 1'])
    expect(() => compile(bad)).toThrow(/rule/)
})
