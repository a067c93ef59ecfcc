import fs from 'node:fs'
import path from 'node:path'
import {
  ACCESS_POLICY,
  CALLER_KINDS,
  isAllowed,
  PLATFORM_EVENT_POLICY,
  TRANSITION_POLICY,
  type CallerKind,
  type PolicyCase,
} from '@shared/access-policy'
import { functionOf, type ActionName } from '@shared/contracts'
import { setUpWorld, type Caller, type Objects, type Outcome } from '../support/access-fixtures'
import { idOf, PAYLOADS, STALE, stepInput } from '../support/access-payloads'
import { pool, warmUp } from '../support/callers'
import { startSystem, type System } from '../support/system'

/**
 * The authorization matrix: every action of the contracts (every step of report.transition, and
 * the platform's timer event) × every kind of caller × the object it is tried on, through the
 * gateway and the real function workers. The expectation of each cell comes from the policy
 * table in src/shared/access-policy.ts; the test prints the whole matrix.
 */
interface Row {
  name: string
  fn: string
  policy: PolicyCase
  event: (o: Objects) => unknown
}
interface Cell {
  row: string
  who: CallerKind
  expected: 'allow' | 'deny'
  got: Outcome
  ok: boolean
}

let system: System
let world: Awaited<ReturnType<typeof setUpWorld>>
const cells: Cell[] = []

beforeAll(async () => {
  system = await startSystem()
  world = await setUpWorld(system)
  await warmUp(system, ['user', 'grid', 'report', 'certificate', 'sla', 'stats'])
}, 240_000)
afterAll(async () => {
  if (cells.length) console.log(render(cells))
  await system?.stop()
})

const root = path.resolve(__dirname, '..', '..')
const TIMER_EVENT = {
  Type: 'Timer',
  TriggerName: 'sweep-every-5-min',
  Time: new Date().toISOString(),
  Message: '',
}

function rows(): Row[] {
  const out: Row[] = []
  const suffix = (cases: readonly PolicyCase[], c: PolicyCase) =>
    cases.length > 1 ? ` @${c.on}` : ''
  for (const [action, cases] of Object.entries(ACCESS_POLICY) as Array<
    [ActionName, (typeof ACCESS_POLICY)[ActionName]]
  >) {
    if (cases === 'perStep') continue
    for (const c of cases)
      out.push({
        name: action + suffix(cases, c),
        fn: functionOf(action),
        policy: c,
        event: (o) => ({ action, payload: PAYLOADS[action](idOf(c.on, o), o) }),
      })
  }
  for (const [step, cases] of Object.entries(TRANSITION_POLICY))
    for (const c of cases)
      out.push({
        name: `report.transition ${step}${suffix(cases, c)}`,
        fn: 'report',
        policy: c,
        event: (o) => ({
          action: 'report.transition',
          payload: { id: idOf(c.on, o), version: STALE, action: step, ...stepInput(step, o) },
        }),
      })
  for (const c of PLATFORM_EVENT_POLICY['sla.timer'])
    out.push({ name: 'sla ⏰Timer event', fn: 'sla', policy: c, event: () => TIMER_EVENT })
  return out
}

/**
 * Denials: refused at sign-in or by the access check, or as the case says (hidden: NOT_FOUND).
 * Another street's objects are hidden from its office as if they did not exist (street-scope.ts).
 */
function judge(policy: PolicyCase, who: CallerKind, got: Outcome): boolean {
  const refusals: string[] = ['FORBIDDEN', 'UNAUTHENTICATED', ...(policy.deniedAs ?? [])]
  if (got.code === 'CRASH' || got.code === 'INTERNAL' || got.code.startsWith('HTTP_')) return false
  if (isAllowed(policy, who)) return !refusals.includes(got.code)
  return [...refusals, ...(who === 'otherStreetOffice' ? ['NOT_FOUND'] : [])].includes(got.code)
}

/** The timer column of the Timer row: the platform fires the trigger (clock moved past it). */
async function fireTimer(): Promise<Outcome> {
  await system.admin('clock', { now: Date.now() + 6 * 60_000 })
  const r = await system.admin<{ fired: Array<{ name: string; ok: boolean }> }>('tick')
  await system.admin('clock', { now: null })
  const sla = r.fired.find((f) => f.name === 'sla')
  return { code: sla?.ok ? 'OK' : 'CRASH', status: 200, body: r }
}

test('every action in the contracts has its policy rows, and every function action is in them', () => {
  const served = fs
    .readdirSync(path.join(root, 'cloudfunctions'))
    .flatMap((fn) => {
      const file = path.join(root, 'cloudfunctions', fn, 'src', 'index.ts')
      if (!fs.existsSync(file)) return []
      return [...fs.readFileSync(file, 'utf8').matchAll(/'([a-z]+\.[A-Za-z]+)'\s*:/g)].map(
        (m) => m[1],
      )
    })
    .sort()
  expect(served).toEqual(Object.keys(ACCESS_POLICY).sort())
})

const ROWS = rows()

test(`every cell of the matrix (${ROWS.length} rows × ${CALLER_KINDS.length} caller kinds = ${
  ROWS.length * CALLER_KINDS.length
} cells) answers as the policy says`, async () => {
  const { callers, objects } = world
  const all = ROWS
  const jobs = all.flatMap((row) =>
    CALLER_KINDS.map((who) => async () => {
      const caller: Caller = callers[who]
      const got =
        row.name.includes('Timer') && who === 'timer'
          ? await fireTimer()
          : await caller.call(row.fn, row.event(objects))
      return { row, who, got }
    }),
  )
  // The Timer row last and alone: it moves the clock.
  const timerJobs = jobs.filter((_, i) => all[Math.floor(i / CALLER_KINDS.length)].fn === 'sla')
  const rest = jobs.filter((j) => !timerJobs.includes(j))
  const results = [...(await pool(4, rest)), ...(await pool(1, timerJobs))]
  for (const { row, who, got } of results) {
    const expected = isAllowed(row.policy, who) ? 'allow' : 'deny'
    cells.push({ row: row.name, who, expected, got, ok: judge(row.policy, who, got) })
  }
  const wrong = cells
    .filter((c) => !c.ok)
    .map((c) => {
      const why = c.got.code === 'OK' ? '' : ` ${JSON.stringify(c.got.body).slice(0, 160)}`
      return `${c.row} × ${c.who}: expected ${c.expected}, got ${c.got.code}${why}`
    })
  expect(wrong).toEqual([])
}, 300_000)

/** Rows × columns: ✓ allowed, · denied, ✗ where the answer is not what the policy says. */
function render(all: Cell[]): string {
  const names = [...new Set(all.map((c) => c.row))]
  const w = Math.max(...names.map((n) => n.length)) + 1
  const short = CALLER_KINDS.map((k) => k.replace(/[a-z]+/g, (s) => s.slice(0, 3)).slice(0, 9))
  const lines = [
    `authorization matrix: ${names.length} rows × ${CALLER_KINDS.length} caller kinds = ` +
      `${all.length} cells checked, ${all.filter((c) => !c.ok).length} wrong ` +
      `(✓ allowed · denied ✗ not as the policy says)`,
    ''.padEnd(w) + short.map((s) => s.padStart(10)).join(''),
  ]
  for (const n of names) {
    const row = CALLER_KINDS.map((k) => {
      const c = all.find((x) => x.row === n && x.who === k)!
      const mark = !c.ok ? `✗${c.got.code.slice(0, 8)}` : c.expected === 'allow' ? '✓' : '·'
      return mark.padStart(10)
    })
    lines.push(n.padEnd(w) + row.join(''))
  }
  return lines.join('\n')
}
