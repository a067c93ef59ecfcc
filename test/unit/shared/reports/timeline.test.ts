import {
  ACTION_LABEL,
  eventTitle,
  TIMELINE,
  timelineLine,
  TRANSITIONS,
  type EventKind,
} from '@shared/reports'

const KINDS = [
  ...new Set<string>([...TRANSITIONS.map(([a]) => a), 'create', 'follow', 'remind', 'overdue']),
]

test.each(KINDS)(
  '%s: a line with who, when (Beijing), what, reason, note, rating and photos',
  (kind) => {
    expect(Object.prototype.hasOwnProperty.call(TIMELINE, kind)).toBe(true)
    const line = timelineLine({
      action: kind,
      at: '2026-12-01T01:05:00.000Z',
      by: '网格员 马丽',
      reason: '需要城管执法',
      note: '已到现场',
      rating: 4,
      photos: ['cloud://x/a.jpg'],
    })
    expect(line.title).toBe(ACTION_LABEL[kind as EventKind])
    expect(line.by).toBe('网格员 马丽')
    expect(line.at).toContain('09:05') // 01:05 UTC is 09:05 in Beijing
    // Nothing stored with an event is dropped: the reason and the note each under a heading.
    expect(line.details).toEqual([
      { label: expect.stringMatching(/[\u4e00-\u9fa5]/), text: '需要城管执法' },
      { label: expect.stringMatching(/[\u4e00-\u9fa5]/), text: '已到现场' },
      { label: '评分', text: '★★★★☆' },
    ])
    expect(line.photos).toEqual(['cloud://x/a.jpg'])
  },
)

test('the reason of a hand-over is named as such; an event without extras has no details', () => {
  const at = '2026-12-01T01:05:00.000Z'
  expect(timelineLine({ action: 'escalate', at, by: '网格员 马丽', reason: 'R' }).details).toEqual([
    { label: '上报原因', text: 'R' },
  ])
  expect(timelineLine({ action: 'reopen', at, by: '我', reason: 'R' }).details[0].label).toBe(
    '重新办理原因',
  )
  expect(timelineLine({ action: 'accept', at, by: '网格员 马丽' }).details).toEqual([])
})

test('the timer has its own wording where it acts in a person’s place; unknown kinds show raw', () => {
  expect(eventTitle('escalate', true)).toBe('超时自动吹哨上报')
  expect(eventTitle('escalate')).toBe('吹哨上报')
  expect(eventTitle('someday')).toBe('someday')
})
