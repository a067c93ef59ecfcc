import { AppError } from '@shared/errors'
import { LocationError } from '@shared/geo'
import ReportPage from '@/pages/resident/report'
import { FakeCloud } from '../../support/fake-cloud'
import { byText, renderPage } from '../support/render'

const me = {
  openid: 'o_res',
  role: 'resident',
  name: '王秀兰',
  registered: true,
  address: {
    communityId: 'c',
    communityName: '新华社区',
    buildingId: 'b-1',
    buildingName: '新华小区1号楼',
    unit: '2单元',
    room: '301',
  },
}
const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms))

async function open(cloud: FakeCloud) {
  cloud
    .on('user.whoami', () => me)
    .on('grid.places', () => ({ communities: [] }))
    .on('report.nearby', () => ({ items: [] }))
  const r = await renderPage(ReportPage, cloud)
  await r.store.session.load()
  await tick()
  return r
}

/** Types into Taro's <Textarea> the way its H5 element reports input: an event with detail.value. */
function type(text: string) {
  const el = document.querySelector('taro-textarea-core')!
  el.dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value: text } }))
}

async function fillNoiseReport(utils: Awaited<ReturnType<typeof open>>['utils']) {
  utils.fireEvent.click(byText(utils, '噪音扰民')) // no photo needed
  type('楼上每晚装修到12点')
  await tick()
}

const creates = (cloud: FakeCloud) => cloud.calls.filter((c) => c.action === 'report.create')

test('submitting an empty form shows what is missing, next to each field, and sends nothing', async () => {
  const cloud = new FakeCloud()
  const { utils } = await open(cloud)
  utils.fireEvent.click(byText(utils, '提交'))
  await tick()
  const text = document.body.textContent
  expect(text).toContain('请选择问题类型')
  expect(text).toContain('请描述一下问题')
  expect(text).toContain('请按提示修改后再提交')
  expect(creates(cloud)).toHaveLength(0)
})

test('a category that needs a photo says so', async () => {
  const { utils } = await open(new FakeCloud())
  utils.fireEvent.click(byText(utils, '照明'))
  type('楼道灯坏了')
  utils.fireEvent.click(byText(utils, '提交'))
  await tick()
  expect(document.body.textContent).toContain('请拍一张照片，方便工作人员了解情况')
})

test('the description counter counts down', async () => {
  const { utils } = await open(new FakeCloud())
  type('灯坏了')
  await tick()
  expect(byText(utils, '还可输入 497 字')).toBeTruthy()
})

test('when the network fails the whole report is kept as 待发送', async () => {
  const cloud = new FakeCloud().on('report.create', () => {
    throw new AppError('NETWORK')
  })
  const { utils, store } = await open(cloud)
  await fillNoiseReport(utils)
  utils.fireEvent.click(byText(utils, '提交'))
  await tick(60)
  expect(document.body.textContent).toContain('已保存为待发送')
  expect(store.outbox.items).toHaveLength(1)
  expect(store.outbox.items[0]).toMatchObject({
    action: 'report.create',
    status: 'pending',
    title: '噪音扰民 · 楼上每晚装修到12点',
  })
  expect(store.outbox.items[0].payload).toMatchObject({
    categoryKey: 'noise',
    description: '楼上每晚装修到12点',
    location: { buildingId: 'b-1' },
  })
})

test('a double tap on 提交 files one report', async () => {
  let release!: () => void
  const cloud = new FakeCloud().on('report.create', async () => {
    await new Promise<void>((r) => (release = r))
    return {
      report: { id: 'r1', no: 'BS1', statusTag: '待受理', handlerName: '新华社区第一网格' },
      duplicate: false,
    }
  })
  const { utils } = await open(cloud)
  await fillNoiseReport(utils)
  utils.fireEvent.click(byText(utils, '提交'))
  await tick()
  utils.fireEvent.click(byText(utils, '提交中…'))
  await tick()
  release()
  await tick()
  expect(creates(cloud)).toHaveLength(1)
  expect(document.body.textContent).toContain('提交成功')
  expect(document.body.textContent).toContain('BS1')
})

test('what was typed survives leaving the page', async () => {
  const cloud = new FakeCloud()
  const first = await open(cloud)
  await fillNoiseReport(first.utils)
  first.utils.unmout()
  // Reopen with the same device storage: the store reads the draft.
  const storage = first.store.services.storage
  expect(storage.get('xb.reportDraft.grid')).toMatchObject({
    categoryKey: 'noise',
    description: '楼上每晚装修到12点',
  })
})

describe('where, without coordinates', () => {
  const communities = [
    {
      _id: 'c-xinhua',
      name: '新华社区',
      buildings: [
        { _id: 'b-1', name: '新华小区1号楼', units: ['1单元'] },
        { _id: 'b-2', name: '新华小区2号楼', units: ['1单元'] },
      ],
    },
    {
      _id: 'c-binhe',
      name: '滨河社区',
      buildings: [{ _id: 'b-9', name: '滨河花园1号楼', units: [] }],
    },
  ]
  async function openWith(choose: () => Promise<{ latitude: number; longitude: number }>) {
    const cloud = new FakeCloud()
      .on('user.whoami', () => me)
      .on('grid.places', () => ({ communities }))
      .on('grid.locate', () => ({ label: '新华小区2号楼附近', buildingId: null }))
      .on('report.nearby', () => ({ items: [] }))
      .on('report.create', () => ({
        report: { id: 'r1', no: 'BS1', statusTag: '待受理' },
        duplicate: false,
      }))
    const r = await renderPage(ReportPage, cloud)
    r.store.services.location = { current: choose, choose, chooseLabel: '在地图上选位置' }
    await r.store.session.load()
    await tick()
    return { ...r, cloud }
  }

  test('a point on the map shows as the building the server names, never as numbers; it is sent as the point', async () => {
    const { utils, cloud } = await openWith(async () => ({
      latitude: 39.6745,
      longitude: 106.8036,
    }))
    utils.fireEvent.click(byText(utils, '在地图上选位置'))
    await tick()
    const text = document.body.textContent ?? ''
    expect(text).toContain('新华小区2号楼附近')
    expect(text).not.toMatch(/39\.67|106\.80/)
    expect(cloud.calls.find((c) => c.action === 'grid.locate')?.payload).toEqual({
      latitude: 39.6745,
      longitude: 106.8036,
    })
    await fillNoiseReport(utils)
    utils.fireEvent.click(byText(utils, '提交'))
    await tick(60)
    expect(creates(cloud)[0].payload).toMatchObject({
      location: { kind: 'point', latitude: 39.6745, longitude: 106.8036 },
    })
  })

  test('选择楼栋 goes community → building in two steps of big buttons; 上一步 goes back', async () => {
    const { utils } = await openWith(() => Promise.reject(new Error('unused')))
    utils.fireEvent.click(byText(utils, '选择楼栋'))
    await tick()
    expect(document.body.textContent).toContain('第 1 步：选社区')
    expect(document.querySelectorAll('.place-steps__big')).toHaveLength(2)
    utils.fireEvent.click(byText(utils, '滨河社区'))
    await tick()
    expect(document.body.textContent).toContain('第 2 步：选楼栋（滨河社区）')
    utils.fireEvent.click(byText(utils, '上一步'))
    await tick()
    utils.fireEvent.click(byText(utils, '新华社区'))
    await tick()
    utils.fireEvent.click(byText(utils, '新华小区2号楼'))
    await tick()
    expect(document.body.textContent).toContain('新华社区 新华小区2号楼')
    // The home is one tap away again.
    utils.fireEvent.click(byText(utils, '我家'))
    await tick()
    expect(document.body.textContent).toContain('新华小区1号楼 2单元')
  })

  test('a refusal says how to allow it, under the field, once', async () => {
    const text = '请在浏览器设置中允许获取位置，或选择楼栋'
    const { utils } = await openWith(() => Promise.reject(new LocationError(text)))
    utils.fireEvent.click(byText(utils, '在地图上选位置'))
    await tick()
    expect(document.body.textContent?.split(text)).toHaveLength(2)
    expect(document.body.textContent).toContain('新华小区1号楼') // the bound home stays the place
  })
})

test('offline, a photo shows 待上传 (not 上传失败) and 提交 keeps the report with it as 待发送', async () => {
  const cloud = new FakeCloud().on('report.create', () => {
    throw new AppError('NETWORK')
  })
  cloud.uploadFile = async () => {
    throw new AppError('NETWORK')
  }
  const { utils, store } = await open(cloud)
  utils.fireEvent.click(byText(utils, '拍照/相册'))
  await tick()
  expect(document.body.textContent).toContain('待上传')
  expect(document.body.textContent).not.toContain('上传失败')
  utils.fireEvent.click(byText(utils, '照明')) // a category that needs a photo
  type('楼道灯坏了')
  await tick()
  utils.fireEvent.click(byText(utils, '提交'))
  await tick(60)
  expect(document.body.textContent).not.toContain('请拍一张照片')
  expect(document.body.textContent).toContain('已保存为待发送')
  expect(store.outbox.items[0].files).toEqual([
    expect.objectContaining({ kept: 'kept:photo-1.jpg' }),
  ])
  expect(creates(cloud)).toHaveLength(0)
})
