import { ReportFormStore } from '@/pages/resident/report/ReportFormStore'
import { memoryStorage } from '@/services/storage/memory'
import { OutboxStore } from '@/stores/OutboxStore'
import type { TemplateKey } from '@shared/subscribe'
import { FakeCloud } from '../../support/fake-cloud'
import { fakeKeeper } from '../../support/fake-keeper'
import { fakePhotos } from '../../support/fake-photos'

/** What 提交 asks WeChat for, given the long-term grants the user holds (GrantStore.held). */
async function askedAtSubmit(held: TemplateKey[]): Promise<string[][]> {
  const asked: string[][] = []
  const cloud = new FakeCloud().on('report.nearby', () => ({ items: [] }))
  cloud.requestGrants = async (ids) => (asked.push(ids), {})
  const storage = memoryStorage()
  const form = new ReportFormStore('grid', {
    cloud,
    storage,
    outbox: new OutboxStore(cloud, storage, fakeKeeper()),
    photos: fakePhotos([]),
    openid: 'o_res',
    address: null,
    held: () => held,
  })
  await form.submit() // invalid (empty) form: the prompt still went first, inside the tap
  form.dispose()
  return asked
}

test('提交 asks only for the grants not held long-term (长期订阅), and not at all when both are', async () => {
  expect(await askedAtSubmit([])).toEqual([['TPL_REPORT_STATUS', 'TPL_REPORT_DONE']])
  expect(await askedAtSubmit(['reportStatus'])).toEqual([['TPL_REPORT_DONE']])
  expect(await askedAtSubmit(['reportStatus', 'reportDone'])).toEqual([])
})
