import type { ReportEventView } from '@shared/contracts/report'
import { TIMELINE, timelineLine, type EventKind } from '@shared/reports'
import { CLOUD, signedInAs } from './fixtures'
import { calls, cloudHandlers, renderPage, settle, textOf } from './support/load'

/**
 * The report page's timeline in the compiled weapp build (issue 16 point 1): an event of every
 * kind the timeline knows, each with a reason and a note, and every line shows who, when
 * (Beijing time), what, the reason and the note under their headings, and its photos.
 */
const KINDS = Object.keys(TIMELINE) as EventKind[]
const PHOTO = 'cloud://env.bucket/uploads/o_grid/after.jpg'

const events: ReportEventView[] = KINDS.map((kind, i) => ({
  at: new Date(Date.UTC(2026, 10, 23, 1, i)).toISOString(),
  action: kind,
  label: '',
  by: `经办人${i}`,
  reason: `理由${i}号`,
  note: `备注${i}号`,
  ...(kind === 'confirm' ? { rating: 4 } : {}),
  ...(kind === 'escalate' ? { system: true } : {}),
  ...(kind === 'resolve' ? { photos: [PHOTO] } : {}),
}))

beforeAll(() =>
  Object.assign(cloudHandlers, CLOUD, signedInAs('resident'), {
    'report.get': () => ({ ...CLOUD['report.get'](), events }),
    'user.fileUrls': () => ({ urls: { [PHOTO]: 'https://files.test/after.jpg' } }),
  }),
)

test('every event line is on the report page: what, who, when, reason, note, photos', async () => {
  const page = await renderPage('pages/resident/report-detail/index', { id: 'r1' })
  for (let i = 0; i < 60 && page.querySelectorAll('.report-view__event').length === 0; i++)
    await settle(20)
  const shown = page.querySelectorAll('.report-view__event')
  expect(shown).toHaveLength(events.length)
  // Newest first.
  const lines = [...events].reverse().map((e) => timelineLine(e))
  lines.forEach((line, i) => {
    const text = textOf(shown[i])
    expect(text).toContain(line.title)
    expect(text).toContain(`${line.by} · ${line.at}`)
    expect(line.details.length).toBeGreaterThanOrEqual(2)
    for (const d of line.details) expect(text).toContain(`${d.label}：${d.text}`)
  })
  // The after-photo of 办结 is on its line, its address asked for like every photo's.
  const resolve = shown[lines.findIndex((l) => l.photos.length)]
  expect(resolve.dom?.querySelectorAll('wx-image')).toHaveLength(1)
  const asked = calls
    .filter((c) => c.api === 'cloud.callFunction')
    .map((c) => c.args as { action: string; payload: { fileIDs?: string[] } })
    .filter((c) => c.action === 'user.fileUrls')
  expect(asked.flatMap((c) => c.payload.fileIDs)).toContain(PHOTO)
})
