import { AppError } from '@shared/errors'
import {
  allowedActions,
  canDo,
  nextState,
  TRANSITIONS,
  type Actor,
  type ReportAction,
  type ReportState,
} from '@shared/reports'

// Written out here, not imported, so a state or action added to the code without a thought about
// the table makes these tests fail.
const ALL_STATES: ReportState[] = [
  'submitted',
  'transferred',
  'returned',
  'escalated',
  'assigned',
  'accepted',
  'reopened',
  'resolved',
  'closed',
  'rejected',
  'duplicate',
]
const ACTORS: Actor[] = ['reporter', 'handler', 'office', 'district', 'system']
const ACTIONS: ReportAction[] = [
  'accept',
  'note',
  'transfer',
  'return',
  'escalate',
  'resolve',
  'confirm',
  'reopen',
  'reject',
  'markDuplicate',
  'assignDepartment',
  'urge',
  'autoClose',
  'dispatch',
  'callback',
  'reclassify',
]
const OPEN = 'submitted transferred returned escalated assigned accepted reopened'

/**
 * The expected table, written independently of TRANSITIONS: "action actor: from-states → to"
 * ('=' stays). Every cell not listed here must be refused.
 */
const EXPECTED = `
accept handler: submitted transferred → accepted
note handler: accepted reopened → =
note office: ${OPEN} → =
transfer handler: submitted transferred accepted reopened → transferred
return handler: submitted transferred accepted reopened → returned
escalate handler: submitted transferred accepted reopened → escalated
escalate system: submitted transferred accepted reopened → escalated
resolve handler: accepted reopened → resolved
resolve office: returned escalated assigned → resolved
confirm reporter: resolved → closed
reopen reporter: resolved → reopened
reject office: submitted transferred returned escalated → rejected
markDuplicate office: ${OPEN} → duplicate
assignDepartment office: returned escalated assigned → assigned
dispatch office: submitted transferred returned escalated assigned → transferred
urge office: submitted transferred accepted reopened assigned → =
urge district: submitted transferred accepted reopened assigned → =
autoClose system: resolved → closed
callback handler: resolved closed → =
callback office: resolved closed → =
reclassify office: ${OPEN} → =`

const expected = new Map<string, string>()
for (const line of EXPECTED.trim().split('\n')) {
  const [, action, actor, from, to] = /^(\w+) (\w+): (.+) → (.+)$/.exec(line)!
  for (const s of from.split(' ')) expected.set(`${s}|${action}|${actor}`, to === '=' ? s : to)
}
const want = (s: string, a: string, r: string) => expected.get(`${s}|${a}|${r}`)

const cells = ALL_STATES.flatMap((s) =>
  ACTIONS.flatMap((a) => ACTORS.map((r) => [s, a, r] as const)),
)

function thrown(fn: () => unknown): AppError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    return e as AppError
  }
  throw new Error('expected a refusal')
}

test('every state × action × actor cell is checked, and the list is not trivially small', () => {
  expect(cells).toHaveLength(11 * 16 * 5)
  expect(expected.size).toBe(75)
})

test.each(cells)('%s · %s · %s', (state, action, actor) => {
  const to = want(state, action, actor)
  expect(canDo(state, action, actor)).toBe(to !== undefined)
  if (to) {
    expect(nextState(state, action, actor)).toBe(to)
    return
  }
  // Refused: FORBIDDEN when another actor could do it now, CONFLICT when nobody could.
  const someoneCan = ACTORS.some((r) => want(state, action, r))
  const err = thrown(() => nextState(state, action, actor))
  expect(err.code).toBe(someoneCan ? 'FORBIDDEN' : 'CONFLICT')
  expect(err.message).toMatch(someoneCan ? /^只有.+可以/ : /^报事当前为「.+」，不能/)
})

test('the code table has no rule the expectation lacks (no duplicates hiding an extra row)', () => {
  const rows = TRANSITIONS.flatMap(([a, r, from]) => from.map((s) => `${s}|${a}|${r}`))
  expect(new Set(rows).size).toBe(rows.length)
  expect(rows.sort()).toEqual([...expected.keys()].sort())
})

test('refusals say in Chinese who may act, or why nobody can', () => {
  expect(() => nextState('closed', 'accept', 'handler')).toThrow('报事当前为「已评价」，不能受理')
  expect(() => nextState('resolved', 'confirm', 'handler')).toThrow('只有报事人可以确认并评价')
  expect(() => nextState('submitted', 'escalate', 'reporter')).toThrow(
    '只有承办的网格员或物业或系统可以吹哨上报',
  )
  expect(thrown(() => nextState('resolved', 'confirm', 'office')).code).toBe('FORBIDDEN')
  expect(thrown(() => nextState('bogus', 'accept', 'handler')).message).toBe(
    '报事当前为「bogus」，不能受理',
  )
  expect(canDo('submitted', 'toString', 'handler')).toBe(false)
})

test.each(ALL_STATES.flatMap((s) => ACTORS.map((r) => [s, r] as const)))(
  'allowedActions(%s, %s) is exactly the allowed cells, in action order',
  (state, actor) => {
    expect(allowedActions(state, actor)).toEqual(ACTIONS.filter((a) => want(state, a, actor)))
  },
)

test('nothing leaves a finished state; the resident has a say only once it is resolved', () => {
  for (const s of ['rejected', 'duplicate'] as const)
    for (const r of ACTORS) expect(allowedActions(s, r)).toEqual([])
  // A closed report still takes a 回访 (the call after the resident's own word), which stays.
  for (const r of ACTORS)
    expect(allowedActions('closed', r)).toEqual(
      r === 'handler' || r === 'office' ? ['callback'] : [],
    )
  for (const s of ALL_STATES.filter((x) => x !== 'resolved'))
    expect(allowedActions(s, 'reporter')).toEqual([])
})
