import { PHRASE_KEYS, PHRASE_MAX, PHRASES_PER_LIST, type PhraseBook } from '@shared/phrases'
import { signIn, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * 常用语 (sla.phrases / sla.savePhrases): staff read the lists of the actions they write text
 * for, only the office writes, a save is conditional on the version edited, and every refusal
 * leaves the stored lists as they were.
 */
let system: System
let cloud: WxCloud
let office: GatewayUser
let worker: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  office = await signIn(system, 'demo-office-1')
  worker = await signIn(system, 'demo-grid-1')
})
afterAll(() => system.stop())

const stored = async () =>
  (await cloud.database().collection('settings').where({ _id: 'phrases' }).get()).data[0]
const book = async (u: GatewayUser) => (await u.call<PhraseBook>('sla.phrases')).data

test('the office reads every list; a grid worker only those of 受理 and 退回; a resident none', async () => {
  const all = await book(office)
  expect(Object.keys(all.lists).sort()).toEqual([...PHRASE_KEYS].sort())
  expect(all.lists.certReject?.length).toBeGreaterThan(0) // the demo street's defaults
  const mine = await book(worker)
  expect(Object.keys(mine.lists).sort()).toEqual(['accept', 'return'])
  const resident = await signIn(system, 'demo-resident-1')
  expect((await resident.call('sla.phrases')).error?.code).toBe('FORBIDDEN')
})

test('the office edits, reorders and deletes; the next save must name the new version', async () => {
  const before = await book(office)
  const accept = before.lists.accept ?? []
  const next = ['今日内到现场', ...accept.slice().reverse().slice(0, 1)]
  const saved = await office.call<PhraseBook>('sla.savePhrases', {
    key: 'accept',
    phrases: ['  今日内到现场 ', ...next.slice(1)],
    version: before.version,
  })
  expect(saved.ok).toBe(true)
  expect(saved.data.version).toBe(before.version + 1)
  expect(saved.data.lists.accept).toEqual(next) // trimmed, in the order given
  expect(saved.data.lists.urge).toEqual(before.lists.urge) // other lists untouched
  expect((await book(worker)).lists.accept).toEqual(next)
  // The old version again (a second clerk's stale page): refused, nothing written.
  const doc = await stored()
  const stale = await office.call('sla.savePhrases', {
    key: 'accept',
    phrases: ['旧页面的内容'],
    version: before.version,
  })
  expect(stale.error?.code).toBe('CONFLICT')
  expect(stale.error?.message).toContain('请刷新后再改')
  expect(await stored()).toEqual(doc)
})

test('two saves of the same version at once: exactly one is kept', async () => {
  const { version } = await book(office)
  const answers = await Promise.all(
    ['甲', '乙'].map((who) =>
      office.call('sla.savePhrases', { key: 'urge', phrases: [`${who}的催办语`], version }),
    ),
  )
  expect(answers.filter((a) => a.ok)).toHaveLength(1)
  expect(answers.filter((a) => a.error?.code === 'CONFLICT')).toHaveLength(1)
  const after = await book(office)
  expect(after.version).toBe(version + 1)
  expect(after.lists.urge).toHaveLength(1)
})

test('bad lists and callers other than the office are refused in Chinese and change nothing', async () => {
  const { version } = await book(office)
  const doc = await stored()
  const bad: Array<[unknown, RegExp]> = [
    [{ key: 'accept', phrases: ['x'.repeat(PHRASE_MAX + 1)], version }, /超过 60 个字/],
    [
      {
        key: 'accept',
        phrases: Array.from({ length: PHRASES_PER_LIST + 1 }, (_, i) => `第${i}`),
        version,
      },
      /最多 12 条/,
    ],
    [{ key: 'accept', phrases: ['同一句', '同一句'], version }, /重复/],
    [{ key: 'accept', phrases: ['  '], version }, /是空的/],
    [{ key: 'accept', phrases: 'not a list', version }, /一组文字/],
    [{ key: 'hack', phrases: [], version }, /所属的操作/],
    [{ key: '__proto__', phrases: [], version }, /所属的操作/],
    [{ key: 'accept', phrases: [], version: -1 }, /版本号/],
  ]
  for (const [payload, message] of bad) {
    const a = await office.call('sla.savePhrases', payload)
    expect(a.error?.code).toBe('INVALID_INPUT')
    expect(a.error?.message).toMatch(message)
  }
  const w = await worker.call('sla.savePhrases', { key: 'accept', phrases: ['自己改'], version })
  expect(w.error?.code).toBe('FORBIDDEN')
  expect(await stored()).toEqual(doc)
})
