import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { signIn } from '../support/gateway'
import { shot } from './support/browser'
import { problems, type Mode } from './support/floors'
import { measure } from './support/measure'
import { contextAs, useSystemAndBrowser } from './support/system'

/**
 * Every page a resident, a worker and the office open, in standard mode and in 长辈版: axe-core
 * finds no serious or critical violation, and the measured sizes meet the numbers — standard
 * (issue 19 point 5): text ≥ 14 px, tab labels ≥ 12, targets ≥ 44, contrast ≥ 4.5:1; 长辈版
 * (工信部 适老化规范): text ≥ 18 px, main targets ≥ 60, every target ≥ 44, line height ≥ 1.3,
 * contrast ≥ 4.5:1 (3:1 for text ≥ 18 pt), the main heading (MAIN_HEADING) ≥ 30 px.
 */
// Chromium's fake microphone: the report form's 按住说话 steps are measured too.
const t = useSystemAndBrowser([
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
])
const AXE = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js')

const table: string[] = []
let reportId = ''

beforeAll(async () => {
  const me = await signIn(t.system, 'demo-resident-1')
  const r = await me.call('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: '楼上深夜装修，吵得睡不着觉',
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: 'e2e-a11y-0001',
  })
  if (!r.ok) throw new Error(`report.create: ${JSON.stringify(r)}`)
  reportId = (r.data as { report: { id: string } }).report.id
  if (!reportId) throw new Error(`report.create gave no id: ${JSON.stringify(r.data)}`)
})

afterAll(() => {
  if (table.length)
    console.log(
      [
        'page | mode | min font | tab font | max font | heading | min line | min main | min target | min contrast (normal text)',
        ...table,
      ].join('\n'),
    )
})

/**
 * Opens a route fresh (reloaded, so no earlier page stays in the DOM) and waits until it has
 * drawn. A load that failed on the loaded runner is retried with the page's 重试, at most twice.
 */
async function open(page: Page, route: string): Promise<void> {
  await page.goto(`${t.system.url}/#/${route}`)
  await page.reload()
  await drawn(page, route)
  for (let i = 0; i < 2; i++) {
    const retry = page.locator('.load-error__retry').first()
    if (!(await retry.isVisible())) return
    console.warn(`${route}: 重试 after ${await page.evaluate(() => document.body.innerText)}`)
    await retry.click()
    await retry.waitFor({ state: 'hidden', timeout: 60000 }).catch(() => undefined)
    await drawn(page, route)
  }
}

async function drawn(page: Page, route: string): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const p = [...document.querySelectorAll('.page')].find(
          (e) => e.getBoundingClientRect().height,
        )
        return !!p && !document.getElementById('boot') && !/加载中/.test(p.textContent || '')
      },
      undefined,
      // A busy 2-core machine. (Stuck on 加载中 for good is a bug: 网格地图 once was, when its
      // answer came before the session's identity; see ReferenceStore.test.)
      { timeout: 150000 },
    )
    .catch(async (e: Error) => {
      const text = await page.evaluate(() => document.body.innerText.slice(0, 300))
      throw new Error(`${route} did not finish loading: ${e.message}\n${text}`)
    })
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const found = await page.evaluate(async () => {
    interface Violation {
      id: string
      impact: string | null
      nodes: Array<{ target: string[]; failureSummary?: string }>
    }
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violation[] }> }
      }
    ).axe
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            // axe's own summary says why (for contrast: the colours and the ratio found).
            .map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`)
            .join(' | ')}`,
      )
  })
  return found as string[]
}

async function check(page: Page, who: string, route: string, mode: Mode): Promise<string[]> {
  await open(page, route)
  const name = route
    .split('?')[0]
    .replace(/^pages\//, '')
    .replace(/\/index$/, '')
  return measured(page, who, name, mode)
}

/** Measures the page as it now stands (a route, or a step within one) into the table. */
async function measured(page: Page, who: string, name: string, mode: Mode): Promise<string[]> {
  const m = await measure(page)
  table.push(
    [
      `${who} ${name}`,
      mode,
      m.minFont,
      m.minTabFont || '-',
      m.maxFont,
      m.heading || '-',
      m.minLine.toFixed(2),
      m.minMain || '-',
      m.minTarget || '-',
      `${m.minContrast} (${m.minContrastNormal === 99 ? '-' : m.minContrastNormal})`,
    ].join(' | '),
  )
  if (mode === 'elder')
    await page.screenshot({ path: shot(`a11y-elder-${who}-${name.replace(/\//g, '-')}`) })
  const axe = await axeViolations(page)
  return [...axe, ...problems(m, mode)].map((p) => `${who} ${name} [${mode}]: ${p}`)
}

/**
 * The report form's steps that are not routes: 按住说话 while recording and with a clip, and the
 * two big-button steps of 选择楼栋 (the e2e voice-report test files such a report).
 */
async function reportSteps(page: Page, who: string, mode: Mode): Promise<string[]> {
  await open(page, 'pages/resident/report/index?target=grid')
  const found: string[] = []
  const hold = page.locator('.voice-field__hold')
  await hold.click()
  await page.getByText(/正在录音 0:0[2-9]/).waitFor({ timeout: 30000 })
  found.push(...(await measured(page, who, 'report: recording', mode)))
  await hold.click()
  await page.getByText('删除语音').waitFor({ timeout: 30000 })
  found.push(...(await measured(page, who, 'report: voice clip', mode)))
  await page.getByText('选择楼栋', { exact: true }).click()
  await page.getByText('第 1 步：选社区').waitFor()
  found.push(...(await measured(page, who, 'report: place step 1', mode)))
  await page.locator('.place-steps__big', { hasText: '新华社区' }).click()
  await page.getByText('第 2 步：选楼栋（新华社区）').waitFor()
  found.push(...(await measured(page, who, 'report: place step 2', mode)))
  // Leave the form as found: the draft keeps an uploaded clip, and the next walk records anew.
  await page.locator('.place-steps__back', { hasText: '上一步' }).click()
  await page.locator('.place-steps__back', { hasText: '取消' }).click()
  await page.getByText('删除语音').click()
  await page.locator('.voice-field__hold').waitFor()
  return found
}

/** 我的 → 长辈版: the switch says its state in words and the choice survives a reload. */
async function switchToElder(page: Page): Promise<void> {
  await open(page, 'pages/me/index')
  const row = page.locator('[role=switch]', { hasText: '长辈版' })
  await row.getByText('已关闭').waitFor()
  await row.click()
  await row.getByText('已开启').waitFor()
  await page.reload()
  await page.locator('[role=switch]', { hasText: '已开启' }).waitFor({ timeout: 15000 })
  expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true)
}

type Steps = (page: Page, who: string, mode: Mode) => Promise<string[]>

async function walk(openid: string, who: string, routes: string[], steps?: Steps): Promise<void> {
  const context: BrowserContext = await contextAs(t.browser, t.system, openid)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const found: string[] = []
  for (const r of routes) found.push(...(await check(page, who, r, 'standard')))
  if (steps) found.push(...(await steps(page, who, 'standard')))
  await switchToElder(page)
  for (const r of routes) found.push(...(await check(page, who, r, 'elder')))
  if (steps) found.push(...(await steps(page, who, 'elder')))
  await context.close()
  expect(found).toEqual([])
  expect(errors).toEqual([])
}

test('a resident: every page and report step passes axe and the size floors, standard and 长辈版', async () => {
  await walk(
    'demo-resident-1',
    'resident',
    [
      'pages/home/index',
      'pages/me/index',
      'pages/resident/report/index?target=grid',
      'pages/resident/my-reports/index',
      `pages/resident/report-detail/index?id=${reportId}`,
      'pages/resident/apply/index',
      'pages/resident/my-grid/index',
      'pages/resident/bind-address/index',
      'pages/resident/grid-map/index',
      'pages/resident/profile/index',
      'pages/resident/join/index',
      'pages/resident/privacy/index',
      'pages/messages/list/index',
    ],
    reportSteps,
  )
}, 600_000)

test('a worker: every page passes axe and the size floors, standard and 长辈版', async () => {
  await walk('demo-grid-1', 'worker', [
    'pages/home/index',
    'pages/me/index',
    'pages/worker/inbox/index',
    `pages/worker/task/index?id=${reportId}`,
    'pages/worker/card/index',
    'pages/messages/list/index',
  ])
}, 600_000)

test('the office: every page passes axe and the size floors, standard and 长辈版', async () => {
  await walk('demo-office-1', 'office', [
    'pages/me/index',
    'pages/office/console/index',
    `pages/office/report/index?id=${reportId}`,
    'pages/office/applications/index',
    'pages/office/cert-settings/index',
    'pages/office/limits/index',
    'pages/office/phrases/index',
    'pages/office/ledger/index',
    'pages/figures/index',
    'pages/office/street-import/index',
  ])
}, 600_000)

test('长辈版 首页 for a resident: three big buttons and 我的报事 with the state in words', async () => {
  const context = await contextAs(t.browser, t.system, 'demo-resident-1')
  const page = await context.newPage()
  await switchToElder(page)
  await open(page, 'pages/home/index')
  for (const label of ['我要报事', '办证明', '找网格员'])
    await page.locator('.elder-home__big', { hasText: label }).waitFor()
  await page.getByText('状态：待受理').first().waitFor({ timeout: 15000 })
  await page.screenshot({ path: shot('a11y-elder-home'), fullPage: true })
  // 我要报事 opens the report form.
  await page.locator('.elder-home__big', { hasText: '我要报事' }).click()
  await page.waitForURL(/pages\/resident\/report\/index/, { timeout: 15000 })
  await context.close()
})

test('standard mode follows a larger font: at 1.5× nothing on 首页 or the report form overflows', async () => {
  const context = await contextAs(t.browser, t.system, 'demo-resident-1')
  const page = await context.newPage()
  const overflow: string[] = []
  for (const route of [
    'pages/home/index',
    'pages/resident/report/index?target=grid',
    'pages/me/index',
  ]) {
    await open(page, route)
    // Taro sizes everything in rem from the root font (20 px on this phone): 1.5× = 30 px.
    await page.evaluate(() => (document.documentElement.style.fontSize = '30px'))
    await page.waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '30px')
    const wide = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth
      return [...document.querySelectorAll('.page *')]
        .filter((e) => {
          const r = e.getBoundingClientRect()
          return r.width > 0 && r.right > vw + 1
        })
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`)
        .slice(0, 5)
    })
    await page.screenshot({ path: shot(`a11y-font150-${route.split('/')[1]}`), fullPage: true })
    overflow.push(...wide.map((w) => `${route}: ${w}`))
  }
  await context.close()
  expect(overflow).toEqual([])
})
