import {
  AWAITING_ACCEPT,
  CLOCKED_STATES,
  CLOSED_STATES,
  clockKind,
  clockOf,
  FIXED_STATES,
  IN_HAND,
  INBOX_TABS,
  OPEN_STATES,
  REPORT_STATES,
  TRANSITIONS,
  WITH_HANDLER,
  WITH_OFFICE,
} from '@shared/reports'

const sorted = (xs: readonly string[]) => [...xs].sort()

test('every state is in exactly one FixMyStreet group; open = with the handler + with the office', () => {
  expect(sorted([...OPEN_STATES, ...FIXED_STATES, ...CLOSED_STATES])).toEqual(sorted(REPORT_STATES))
  expect(sorted([...WITH_HANDLER, ...WITH_OFFICE])).toEqual(sorted(OPEN_STATES))
  expect(WITH_HANDLER.filter((s) => WITH_OFFICE.includes(s))).toEqual([])
})

test('a clock runs exactly while a report is with its handler: accept before acceptance, resolve after', () => {
  expect(sorted(CLOCKED_STATES)).toEqual(sorted(WITH_HANDLER))
  expect(sorted(AWAITING_ACCEPT)).toEqual(['submitted', 'transferred'])
  expect(sorted(IN_HAND)).toEqual(['accepted', 'reopened'])
  for (const s of REPORT_STATES) {
    const c = clockOf(s, 0, { acceptBy: 10, resolveBy: 20 }, 5)
    expect([s, c?.kind ?? null]).toEqual([s, clockKind(s)])
  }
  expect(clockKind('someday')).toBeNull()
})

test('the table and the inbox derive from the groups', () => {
  const from = (action: string, who: string) =>
    sorted(TRANSITIONS.find(([a, w]) => a === action && w === who)?.[2] ?? [])
  expect(from('accept', 'handler')).toEqual(sorted(AWAITING_ACCEPT))
  expect(from('escalate', 'system')).toEqual(sorted(CLOCKED_STATES))
  expect(from('markDuplicate', 'office')).toEqual(sorted(OPEN_STATES))
  expect(sorted([...INBOX_TABS.pending, ...INBOX_TABS.active])).toEqual(sorted(OPEN_STATES))
  expect(sorted(INBOX_TABS.done)).toEqual(sorted([...FIXED_STATES, ...CLOSED_STATES]))
})
