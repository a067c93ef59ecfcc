import fs from 'node:fs'
import path from 'node:path'
import simulate from 'miniprogram-simulate'
import { calls, cloudHandlers, createWx, wxResults } from './wx'

export const DIST = path.resolve(__dirname, '..', '..', '..', 'dist', 'weapp')

type Options = Record<string, unknown>
const g = globalThis as unknown as Record<string, unknown>
let app: Options | null = null
const loaded = new Map<string, string>()

/** Every page route in app.json: the main package's and each subpackage's. */
export function appPages(): string[] {
  const json = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
  const subs = (json.subPackages ?? []) as Array<{ root: string; pages: string[] }>
  return [...json.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
}

/**
 * WeChat's Page() as a Component(): simulate only builds components. Taro's page options keep
 * their handlers at the top level, which a component wants under `methods`; the page's onLoad
 * and onShow run when it attaches, as when a page opens.
 */
function pageAsComponent(options: Options, query: Record<string, string>): Options {
  const methods: Options = {}
  const data: Options = {}
  for (const [k, v] of Object.entries(options)) {
    if (typeof v === 'function') methods[k] = v
  }
  Object.assign(data, options.data as Options)
  return {
    data,
    methods,
    lifetimes: {
      attached(this: Record<string, (q?: unknown) => void>) {
        this.onLoad?.(query)
        this.onShow?.()
        this.onReady?.()
      },
    },
  }
}

/** Loads Taro's runtime, vendors and the app once, as the WeChat client does at launch. */
function launch(): void {
  if (app) return
  if (!fs.existsSync(path.join(DIST, 'app.js'))) {
    throw new Error('dist/weapp is missing: run `npm run build:weapp` (npm test builds it)')
  }
  g.wx = createWx()
  g.App = (o: Options) => void (app = o)
  g.getApp = () => app
  g.getCurrentPages = () => []
  g.requirePlugin = () => ({})
  require(path.join(DIST, 'app.js'))
  ;(app as unknown as { onLaunch?: (o: unknown) => void } | null)?.onLaunch?.({
    path: 'pages/home/index',
    query: {},
  })
}

/** Renders a compiled page and waits for React to commit its first render. */
export async function renderPage(route: string, query: Record<string, string> = {}) {
  launch()
  // A page's bundle runs once per test file (jest keeps it in its module registry), so each
  // route is loaded once and rendered as often as a test needs.
  let id = loaded.get(route)
  if (!id) {
    g.Page = (options: Options) =>
      (g.Component as (o: Options) => void)(pageAsComponent(options, query))
    id = simulate.load(path.join(DIST, route), { rootPath: DIST, compiler: 'official' }) as string
    loaded.set(route, id)
  }
  const page = simulate.render(id)
  page.attach(document.createElement('parent-wrapper'))
  await settle()
  return page
}

/** Lets Taro's batched setData and any pending promises land. */
export async function settle(ms = 50): Promise<void> {
  for (let i = 0; i < 3; i++) await simulate.sleep(ms)
}

export function textOf(page: { dom?: Element }): string {
  return page.dom?.textContent?.replace(/\s+/g, ' ') ?? ''
}

export { calls, cloudHandlers, wxResults }
