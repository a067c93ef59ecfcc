import type { ReportDetail } from '@shared/contracts/report'
import { AppError } from '@shared/errors'
import { ReferenceStore } from '@/stores/ReferenceStore'
import { ReportActionsStore } from '@/stores/ReportActionsStore'
import { FakeCloud } from '../../support/fake-cloud'
import { fakePhotos } from '../../support/fake-photos'

const report = { id: 'r1', version: 3, actions: ['accept', 'confirm'] } as unknown as ReportDetail
const NOW = Date.UTC(2026, 10, 23, 2, 0)

function setup(cloud = new FakeCloud().on('report.transition', () => ({ ...report, version: 4 }))) {
  const store = new ReportActionsStore({
    cloud,
    photos: fakePhotos(),
    reference: new ReferenceStore(cloud),
    openid: 'o_w',
    now: () => NOW,
  })
  return { cloud, store }
}

test('confirm sends the stars and the comment the shared check reads (rating, comment)', async () => {
  const { cloud, store } = setup()
  store.choose('confirm')
  expect(store.fields).toEqual({ rating: 'required', comment: 'optional' })
  store.setRating(5)
  store.set('comment', '处理及时')
  expect(await store.submit(report)).toMatchObject({ version: 4 })
  expect(cloud.calls[0].payload).toEqual({
    id: 'r1',
    version: 3,
    action: 'confirm',
    rating: 5,
    comment: '处理及时',
  })
  expect(store.action).toBe('')
})

test('部门报到 turns the days into a deadline; blank days mean three', async () => {
  const { store } = setup()
  store.choose('assignDepartment')
  store.set('department', '城管执法中队')
  expect(store.request(report)).toMatchObject({
    department: '城管执法中队',
    deadline: NOW + 3 * 86_400_000,
  })
  store.set('days', '7')
  expect(store.request(report).deadline).toBe(NOW + 7 * 86_400_000)
})

test('a progress note may carry photos, as the shared check allows', async () => {
  const { store } = setup()
  store.choose('note')
  await store.photos.pick()
  store.set('note', '已联系施工方')
  expect(store.request(report)).toEqual({
    id: 'r1',
    version: 3,
    action: 'note',
    note: '已联系施工方',
    photos: [expect.stringMatching(/^cloud:\/\/test\.bucket\/uploads\/o_w\//)],
  })
})

test('choosing 转派 loads the handlers once; the server’s field errors show beside the form', async () => {
  const cloud = new FakeCloud()
    .on('grid.handlers', () => ({ handlers: [{ kind: 'grid', id: 'g2', name: '第二网格' }] }))
    .on('report.transition', () => {
      throw new AppError('INVALID_INPUT', '请填写原因', { reason: '请填写原因' })
    })
  const { store } = setup(cloud)
  store.choose('transfer')
  await new Promise((r) => setTimeout(r, 0))
  expect(store.handlers.map((h) => h.id)).toEqual(['g2'])
  store.setTo(store.handlers[0])
  expect(await store.submit(report)).toBeNull()
  expect(store.errors).toEqual({ reason: '请填写原因' }) // once, under its field
  expect(store.action).toBe('transfer')
  expect(cloud.calls.filter((c) => c.action === 'grid.handlers')).toHaveLength(1)
})

test('while a photo is still uploading nothing is sent', async () => {
  const { cloud, store } = setup()
  cloud.uploadFile = () => new Promise(() => undefined)
  store.choose('note')
  void store.photos.pick()
  await new Promise((r) => setTimeout(r, 0))
  expect(await store.submit(report)).toBeNull()
  expect(store.errors.form).toBe('照片还在上传，请稍候')
  expect(cloud.calls.filter((c) => c.action === 'report.transition')).toHaveLength(0)
})

test('合并为重复 finds the other report by the number people read, never an internal id', async () => {
  const other = { id: 'r9', no: 'BS20261120-0042' }
  const cloud = new FakeCloud()
    .on('report.search', (p) => {
      const q = (p as { q: string }).q
      return { items: q === other.no ? [other] : q === 'BS-SELF' ? [{ id: 'r1' }] : [] }
    })
    .on('report.transition', () => report)
  const { store } = setup(cloud)
  store.choose('markDuplicate')
  const lookup = store.duplicate
  lookup.setNo('r9') // an id is not a number anyone reads
  expect(await lookup.find('r1')).toBeNull()
  expect(lookup.error).toMatch('BS 开头')
  lookup.setNo('BS-SELF')
  await lookup.find('r1')
  expect(lookup.error).toBe('这就是当前这条报事，请填写与之重复的另一条')
  lookup.setNo(' bs20261120-0042')
  expect(await lookup.find('r1')).toEqual(other)
  expect(cloud.calls.at(-1)?.payload).toEqual({ filter: 'all', q: 'BS20261120-0042' })
  lookup.setNo('BS20261120-0043')
  await lookup.find('r1')
  expect(lookup.error).toBe('没有编号为 BS20261120-0043 的报事')
  expect(store.request(report).duplicateOf).toBe('') // a changed number forgets the match
  lookup.setNo('BS20261120-0042')
  await lookup.find('r1')
  expect(store.request(report)).toEqual({
    id: 'r1',
    version: 3,
    action: 'markDuplicate',
    duplicateOf: 'r9',
  })
})

test('a star tapped on the report rates in one step: 确认并评价 opens with that rating and stays open on a second star', async () => {
  const { cloud, store } = setup()
  store.rate(4)
  expect(store.action).toBe('confirm')
  expect(store.rating).toBe(4)
  store.rate(5)
  expect(store.action).toBe('confirm')
  expect(await store.submit(report)).toMatchObject({ version: 4 })
  expect(cloud.calls[0].payload).toMatchObject({ action: 'confirm', rating: 5 })
})

test('更改类别 sends the new category and the reason; a 常用语 chip fills the reason box of 不予受理', async () => {
  const { store } = setup()
  store.choose('reclassify')
  expect(store.fields).toEqual({ categoryKey: 'required', reason: 'required' })
  store.set('categoryKey', 'drain')
  store.set('reason', '现场核实为管道堵塞')
  expect(store.request(report)).toMatchObject({
    action: 'reclassify',
    categoryKey: 'drain',
    reason: '现场核实为管道堵塞',
  })
  const other = setup(
    new FakeCloud().on('sla.phrases', () => ({
      lists: { reject: ['不属于受理范围'] },
      version: 1,
    })),
  ).store
  other.choose('reject')
  for (let i = 0; i < 50 && !other.phrases.length; i++) await new Promise((r) => setTimeout(r, 5))
  other.usePhrase('不属于受理范围')
  expect(other.request(report)).toMatchObject({ action: 'reject', reason: '不属于受理范围' })
})
