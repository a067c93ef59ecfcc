import path from 'node:path'
import type { Page } from 'playwright-core'
import { sdkFor } from '../support/sdk'
import { shot } from './support/browser'
import { contextAs, useSystemAndBrowser } from './support/system'

/**
 * Issue 19 points 3 and 4 in a real browser: a resident in 长辈版 files a report by voice (the
 * fake microphone Chromium offers) at a building picked in two big steps, typing nothing; the
 * grid worker opens the task and the clip really plays.
 */
const t = useSystemAndBrowser([
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
])

async function elder(page: Page): Promise<void> {
  await page.goto(`${t.system.url}/#/pages/me/index`)
  const row = page.locator('[role=switch]', { hasText: '长辈版' })
  await row.getByText('已关闭').waitFor({ timeout: 30000 })
  await row.click()
  await row.getByText('已开启').waitFor()
}

const AXE = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js')

/**
 * The accessibility walk's axe pass (accessibility.test.ts) on the new steps: the recorder, the
 * two building steps and the player: no serious or critical violation.
 */
async function axe(page: Page, step: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const found = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          c: unknown,
          o: unknown,
        ) => Promise<{
          violations: Array<{
            id: string
            impact: string | null
            nodes: Array<{ target: string[] }>
          }>
        }>
      }
    }
    const r = await w.axe.run(document, { resultTypes: ['violations'] })
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      )
  })
  return found.map((f) => `${step}: ${f}`)
}

/**
 * One tap, and the hidden <audio> the H5 player drives moves on (or finishes): it really played.
 * `meanwhile` runs between the tap and the listening (the rest of a cold open arriving). A second
 * tap is not allowed: a person whose first tap does nothing taps again, or gives up.
 */
async function tapAndHear(page: Page, meanwhile = async () => undefined): Promise<void> {
  await page.locator('.voice-player__button').click()
  await meanwhile()
  const outcome = await page
    .waitForFunction(
      () => {
        const a = document.querySelector('audio.xb-voice') as HTMLAudioElement | null
        if (!a) return false
        if (a.error) return `media error ${a.error.code} at ${a.currentSrc}`
        return a.currentTime > 0.3 || a.ended ? 'played' : false
      },
      undefined,
      { timeout: 30000 }, // a loaded CI runner fetches and decodes slowly
    )
    .then((h) => h.jsonValue() as Promise<string>)
    .catch(() => 'no <audio> played within 30 s of the one tap')
  expect(outcome).toBe('played')
  expect(await page.locator('audio.xb-voice').count()).toBe(1) // the same one, not made anew
}

/**
 * A cold open on a slow network, made certain: the report draws first, and the calls named here
 * (the clip's URL, the session) are held until `release`d, so the tap lands before them.
 */
async function holdCalls(page: Page, actions: string[]) {
  const held = new Map<string, Array<() => Promise<void>>>()
  await page.route('**/v1/functions/*', async (route) => {
    const action = actions.find((a) => (route.request().postData() ?? '').includes(`"${a}"`))
    if (!action) return route.continue()
    if (!held.has(action)) held.set(action, [])
    held.get(action)!.push(() => route.continue())
  })
  return {
    release: async (action: string) => {
      actions = actions.filter((a) => a !== action)
      await Promise.all((held.get(action) ?? []).splice(0).map((go) => go()))
    },
  }
}

test('长辈版: a report by voice at a building picked in big steps; the worker plays the clip', async () => {
  const resident = await contextAs(t.browser, t.system, 'demo-resident-1')
  const page = await resident.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await elder(page)
  await page.goto(`${t.system.url}/#/pages/resident/report/index?target=grid`)
  await page.getByText('问题类型').waitFor({ timeout: 30000 })
  await page.getByText('噪音扰民', { exact: true }).click()

  // 按住说话: tapped once to start and once to stop (the screen-reader way of holding it).
  const hold = page.locator('.voice-field__hold')
  await hold.click()
  await page.getByText(/正在录音 0:02 \/ 1:00/).waitFor({ timeout: 20000 })
  await page.screenshot({ path: shot('voice-recording'), fullPage: true })
  const violations = await axe(page, 'recording')
  await hold.click()
  await page.getByText('删除语音').waitFor({ timeout: 20000 })
  // Replay before sending.
  await tapAndHear(page)
  await page.screenshot({ path: shot('voice-recorded'), fullPage: true })
  violations.push(...(await axe(page, 'recorded')))

  // Where: 选择楼栋 → 第 1 步 社区 → 第 2 步 楼栋, as big buttons.
  await page.getByText('选择楼栋', { exact: true }).click()
  await page.getByText('第 1 步：选社区').waitFor()
  await page.screenshot({ path: shot('place-step-1'), fullPage: true })
  violations.push(...(await axe(page, 'step 1')))
  await page.locator('.place-steps__big', { hasText: '新华社区' }).click()
  await page.getByText('第 2 步：选楼栋（新华社区）').waitFor()
  const big = await page.locator('.place-steps__big').first().boundingBox()
  expect(Math.min(big!.width, big!.height)).toBeGreaterThanOrEqual(60) // 长辈版 main target
  await page.screenshot({ path: shot('place-step-2'), fullPage: true })
  violations.push(...(await axe(page, 'step 2')))
  await page.locator('.place-steps__big', { hasText: '新华小区2号楼' }).click()
  await page.getByText('新华社区 新华小区2号楼').waitFor()

  // No typing: the clip is the description.
  expect(await page.locator('textarea').inputValue()).toBe('')
  await page.getByText('提交', { exact: true }).click()
  const anyway = page.getByText('不是同一个问题，仍要提交')
  await Promise.race([
    page.getByText('提交成功').waitFor({ timeout: 30000 }),
    anyway.waitFor({ timeout: 30000 }).then(() => anyway.click()),
  ])
  await page.getByText('提交成功').waitFor({ timeout: 30000 })
  await page.screenshot({ path: shot('voice-report-sent'), fullPage: true })
  expect(errors).toEqual([])

  const { data } = await sdkFor(t.system)
    .database()
    .collection('reports')
    .where({ reporterOpenid: 'demo-resident-1' })
    .limit(100)
    .get()
  const filed = (
    data as Array<{ _id: string; voice?: { seconds: number }; place: { label: string } }>
  ).find((r) => r.voice)!
  expect(filed.place.label).toBe('新华小区2号楼')
  expect(filed.voice!.seconds).toBeGreaterThanOrEqual(2)

  // The grid worker of that building opens the task and plays it.
  const worker = await contextAs(t.browser, t.system, 'demo-grid-1')
  const task = await worker.newPage()
  const cold = await holdCalls(task, ['user.fileUrls', 'user.whoami'])
  await task.goto(`${t.system.url}/#/pages/worker/task/index?id=${filed._id}`)
  const play = task.locator('.voice-player__button')
  await play.waitFor({ timeout: 30000 })
  expect(await play.getAttribute('aria-label')).toMatch(/^播放居民的语音描述，共 0:0\d$/)
  const box = await play.boundingBox()
  expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(44)
  // Tapped before the clip's URL and the session came: the URL comes, the clip plays, then the
  // session arrives and the page draws again: the same clip plays on.
  await tapAndHear(task, async () => {
    await cold.release('user.fileUrls')
    await task.locator('audio.xb-voice').waitFor({ state: 'attached', timeout: 30000 })
    await cold.release('user.whoami')
  })
  await task.screenshot({ path: shot('worker-plays-voice'), fullPage: true })
  violations.push(...(await axe(task, 'worker task')))
  expect(violations).toEqual([])
  await resident.close()
  await worker.close()
  // Two browsers, a recording, an upload and a playback: minutes on a loaded 2-core runner.
}, 240_000)
