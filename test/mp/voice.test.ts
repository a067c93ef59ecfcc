import { CLOUD, signedInAs } from './fixtures'
import { GRID_CLOUD } from './fixtures-grid'
import { calls, cloudHandlers, renderPage, settle, textOf, wxResults } from './support/load'
import { called, tap } from './support/taps'
import { createWx, recorder } from './support/wx'

/**
 * Issue 19 points 3 and 4 in the compiled weapp build, 长辈版: the report form's 按住说话 on
 * WeChat's recorder (faked: it is the platform's), and 在地图上选位置 (chooseLocation) named
 * by the server, never shown as numbers.
 */
type Page = Awaited<ReturnType<typeof renderPage>>

beforeAll(() => {
  ;(createWx().setStorageSync as (k: string, v: unknown) => void)('xb.display', {
    elder: true,
    offered: true,
  })
  Object.assign(cloudHandlers, CLOUD, GRID_CLOUD, signedInAs('resident'), {
    'grid.locate': () => ({ label: '新华小区1号楼附近', buildingId: 'b-xinhua-1-1' }),
    'report.nearby': () => ({ items: [] }),
    'report.create': () => ({
      report: { id: 'r-v1', no: 'BS1', statusTag: '待受理', handlerName: '新华社区第一网格' },
      duplicate: false,
    }),
  })
})
beforeEach(() => calls.splice(0))

const hold = (page: Page) => page.querySelector('.voice-field__hold')!

test('按住说话 on the platform recorder: mp3, capped at 60 s; the clip uploads and can be played back', async () => {
  const page = await renderPage('pages/resident/report/index', { target: 'grid' })
  await settle()
  expect((page.querySelector('.page')?.dom as Element).getAttribute('class')).toContain('elder')
  hold(page).dispatchEvent('touchstart')
  await settle(20)
  expect(recorder.started.at(-1)).toMatchObject({ format: 'mp3', duration: 60_000 })
  expect(textOf(page)).toMatch(/正在录音 0:0\d \/ 1:00/)
  hold(page).dispatchEvent('touchend')
  await settle(30)
  expect(recorder.stops).toBe(1)
  expect(
    calls
      .filter((c) => c.api === 'cloud.uploadFile')
      .map((c) => (c.args as { filePath: string }).filePath),
  ).toEqual(['wxfile://tmp/voice.mp3'])
  expect(textOf(page)).toContain('我的语音')
  expect(textOf(page)).toContain('0:00 / 0:04')
  expect(textOf(page)).toContain('删除语音')
  // No text typed: the clip is the description; it goes with the report.
  await tap(page, '.chip', '噪音扰民')
  await tap(page, '.report__submit', '提交')
  await settle(50)
  const create = calls.find(
    (c) =>
      c.api === 'cloud.callFunction' && (c.args as { action: string }).action === 'report.create',
  )?.args as { payload: { description: string; voice: { fileID: string; seconds: number } } }
  expect(create.payload.description).toBe('')
  expect(create.payload.voice).toEqual({
    fileID: expect.stringMatching(/^cloud:\/\/env\.b\/uploads\/.+\.mp3$/),
    seconds: 4,
  })
})

test('a refused microphone says how to allow it; 在地图上选位置 shows the building, not numbers', async () => {
  const page = await renderPage('pages/resident/report/index', { target: 'grid' })
  await settle()
  const start = recorder.started.length
  hold(page).dispatchEvent('tap')
  await settle(10)
  expect(recorder.started.length).toBe(start + 1)
  recorder.fail('operateRecorder:fail auth deny')
  await settle(20)
  expect(textOf(page)).toContain('请在小程序设置中允许使用麦克风，或改为打字描述')

  wxResults.chooseLocation = { latitude: 39.6745, longitude: 106.8036, name: '', address: '' }
  await tap(page, '.chip', '在地图上选位置')
  await settle(30)
  expect(called('chooseLocation')).toHaveLength(1)
  expect(textOf(page)).toContain('新华小区1号楼附近')
  expect(textOf(page)).not.toMatch(/39\.67|106\.80/)
})
