import {
  allowedActions,
  canDo,
  nextState,
  STATES,
  TRANSITIONS,
  type Actor,
  type ReportAction,
  type ReportState,
} from '@shared/reports'

const ALL_STATES = Object.keys(STATES) as ReportState[]
const ACTORS: Actor[] = ['reporter', 'handler', 'office', 'system']
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
]
const OPEN = 'submitted transferred returned escalated assigned accepted reopened'

/**
 * The expected table, written out independently of TRANSITIONS: "action actor: from-states → to".
 * Every cell not listed here must be refused.
 */
const EXPECTED = `
accept handler: submitted transferred → accepted
note handler: accepted reopened → =
note office: ${OPEN} → =
transfer handler: submitted transferred accepted → transferred
return handler: submitted transferred accepted reopened → returned
escalate handler: submitted transferred accepted reopened → escalated
escalate system: submitted transferred accepted reopened → escalated
resolve handler: accepted reopened → resolved
resolve office: returned escalated assigned → resolved
confirm reporter: resolved → closed
reopen reporter: resolved → reopened
reject office: submitted transferred returned escalated → rejected
markDuplicate office: ${OPEN} → duplicate
assignDepartment office: returned escalated → assigned
dispatch office: submitted transferred returned escalated → transferred
urge office: submitted transferred accepted reopened assigned → =
autoClose system: resolved → closed`

const expected = new Map<string, string>()
for (const line of EXPECTED.trim().split('\n')) {
  const [, action, actor, from, to] = /^(\w+) (\w+): (.+) → (.+)$/.exec(line)!
  for (const s of from.split(' ')) expected.set(`${s}|${action}|${actor}`, to === '=' ? s : to)
}

const cells = ALL_STATES.flatMap((s) =>
  ACTIONS.flatMap((a) => ACTORS.map((r) => [s, a, r] as const)),
)

test('the table has every state × action × actor cell checked', () => {
  expect(cells).toHaveLength(ALL_STATES.length * ACTIONS.length * ACTORS.length)
  expect(expected.size).toBeGreaterThan(40)
})

test.each(cells)('%s · %s · %s', (state, action, actor) => {
  const want = expected.get(`${state}|${action}|${actor}`)
  expect(canDo(state, action, actor)).toBe(want !== undefined)
  if (want) expect(nextState(state, action, actor)).toBe(want)
  else expect(() => nextState(state, action, actor)).toThrow(/不能/)
})

test('a refusal is a CONFLICT naming the state and the action in Chinese', () => {
  expect(() => nextState('closed', 'accept', 'handler')).toThrow('报事当前为「已评价」，不能受理')
})

test('allowedActions lists exactly the allowed cells, once each', () => {
  expect(allowedActions('resolved', 'reporter').sort()).toEqual(['confirm', 'reopen'])
  expect(allowedActions('submitted', 'handler').sort()).toEqual([
    'accept',
    'escalate',
    'return',
    'transfer',
  ])
  expect(allowedActions('closed', 'office')).toEqual([])
  for (const s of ALL_STATES)
    for (const r of ACTORS)
      expect(new Set(allowedActions(s, r)).size).toBe(allowedActions(s, r).length)
})

test('no rule starts from a closed state', () => {
  const closed = ALL_STATES.filter((s) => STATES[s].group === 'closed')
  expect(TRANSITIONS.filter(([, , from]) => from.some((s) => closed.includes(s)))).toEqual([])
})
