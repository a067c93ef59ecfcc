#!/usr/bin/env node
/**
 * `npm run bench:scale`: the system at a street's years of data. For each size (SIZES, default
 * 1000,10000,100000 reports) it writes a year of realistic reports of 海北街道 (6 grids, 2
 * property companies, states by age) and 5× as many in-app messages straight into a fresh
 * DATA_DIR in the store's file format, starts the built emulator on it, and measures start
 * time to /healthz, the emulator's RSS, and p50/p99 of what users call through the gateway:
 * the office console (report.search, each queue and a filtered search), the worker and
 * property inboxes (each tab), grid.ledger, grid.exportLedger, grid.map, report.listMine,
 * stats.dashboard (a month; a year by month) and stats.ranking, and the office's search box
 * (report.search `q`: by report number, by a reporter's mobile number, by words).
 * The last column is the ratio of the largest size's p50 to the smallest's.
 * ITER (default 10) calls per action; GEN_ONLY=dir writes one size's data and exits.
 */
const { spawn, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const net = require('node:net')
const os = require('node:os')
const path = require('node:path')
const esbuild = require('esbuild')
const { gatewayClient } = require('./gateway-client')

const root = path.resolve(__dirname, '..')
const SIZES = (process.env.SIZES || '1000,10000,100000').split(',').map(Number)
const ITER = Number(process.env.ITER || 10)
const DAY = 86_400_000

/** The demo street and the report rules, from the same sources the seed and functions use. */
function loadSources() {
  const out = esbuild.buildSync({
    stdin: {
      contents:
        "export { demoCollections } from './emulator/seed'\n" +
        "export { AUTO_CLOSE_DAYS, deadlinesFor, categoryOf, RESIDENT_CATEGORIES, searchTerms } from './src/shared/reports'\n" +
        "export { factsOf, presetPeriod, quarterOf, rollupDocs } from './src/shared/figures'\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  })
  const m = { exports: {} }
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(m, m.exports, require)
  return m.exports
}

/** nedb's line format, which the emulator's store reads: dates as {"$$date": ms}. */
function line(doc) {
  return JSON.stringify(doc, function (k, v) {
    return this[k] instanceof Date ? { $$date: this[k].getTime() } : v
  })
}

function writeColl(dir, name, docs) {
  const fd = fs.openSync(path.join(dir, `${name}.db`), 'w')
  let buf = []
  for (const d of docs) {
    buf.push(line(d))
    if (buf.length === 2000) {
      fs.writeSync(fd, buf.join('\n') + '\n')
      buf = []
    }
  }
  if (buf.length) fs.writeSync(fd, buf.join('\n') + '\n')
  fs.closeSync(fd)
}

/** A deterministic PRNG, so every run measures the same data. */
function rng(seed) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = (r, a) => a[Math.floor(r() * a.length)]

/** What residents write, so a search by words finds some reports, not a category's all. */
const PHRASES = [
  '声控灯不亮，晚上看不见',
  '下水井堵了，下雨积水',
  '垃圾桶满了两天没人清运',
  '树枝折断挡住人行道',
  '电梯停运，老人上不了楼',
  '墙面渗水，墙皮脱落',
  '路面坑洼，电动车容易摔',
  '晚上广场舞音响太吵',
  '楼道堆满杂物，消防通道堵塞',
  '小区门口共享单车乱停',
]

/** A resident's mobile number, the same for all of their reports (searched exactly). */
const phoneOf = (resident) =>
  '139' +
  String([...resident].reduce((h, c) => (h * 33 + c.charCodeAt(0)) % 1e8, 5381)).padStart(8, '0')
const hex = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('')

/** The state a report of this age is in: old ones are mostly closed, new ones mostly open. */
function stateFor(r, ageDays) {
  const x = r()
  if (ageDays > 14) {
    if (x < 0.82) return 'closed'
    if (x < 0.86) return 'resolved'
    if (x < 0.9) return 'rejected'
    if (x < 0.93) return 'duplicate'
  } else if (ageDays > 3) {
    if (x < 0.45) return 'closed'
    if (x < 0.65) return 'resolved'
  } else if (x < 0.15) return 'resolved'
  const open = ['submitted', 'submitted', 'accepted', 'accepted', 'accepted', 'reopened']
  return x > 0.985 ? pick(r, ['escalated', 'returned', 'assigned', 'transferred']) : pick(r, open)
}

const STEPS = {
  submitted: [],
  transferred: ['transfer'],
  returned: ['return'],
  escalated: ['escalate'],
  assigned: ['escalate', 'assign'],
  accepted: ['accept'],
  reopened: ['accept', 'resolve', 'reopen'],
  resolved: ['accept', 'resolve'],
  closed: ['accept', 'resolve', 'confirm'],
  rejected: ['reject'],
  duplicate: ['markDuplicate'],
}

function generate(dir, n, src) {
  const r = rng(n)
  const now = Date.now()
  const base = src.demoCollections(now)
  const db = path.join(dir, 'db')
  fs.mkdirSync(db, { recursive: true })
  for (const [coll, docs] of Object.entries(base)) {
    if (coll === 'reports' || coll === 'figure_rollups') continue
    writeColl(
      db,
      coll,
      docs.map((d) => ({ createdAt: new Date(now - 400 * DAY), ...d })),
    )
  }
  const users = base.users
  const byId = Object.fromEntries(users.map((u) => [u._id, u]))
  const grids = base.grids
  const companies = base.property_companies
  const compounds = base.compounds
  const buildings = base.buildings
  const residents = Array.from({ length: Math.max(50, n / 10) }, (_, i) => `bench-resident-${i}`)
  const cats = src.RESIDENT_CATEGORIES
  const reports = []
  const perDay = new Map() // report numbers count per street and Beijing day (nextReportNo)
  for (let i = 0; i < n; i++) {
    const createdAt = now - Math.floor(r() * 365 * DAY)
    const ageDays = (now - createdAt) / DAY
    const b = pick(r, buildings)
    const grid = grids.find((g) => g._id === b.gridId)
    const cat = pick(r, cats)
    const toProperty = r() < 0.35
    const compound = compounds.find((c) => c.communityId === grid.communityId)
    const company = companies.find((c) => c._id === compound?.propertyCompanyId) ?? companies[0]
    // demo-resident-1 keeps ~20 reports at every size: 我的报事 of one resident, not of the street.
    const reporter = i < 20 ? 'demo-resident-1' : pick(r, residents)
    const worker = byId[grid.workerOpenid]
    const staff = users.filter((u) => u.companyId === company._id)
    const state = stateFor(r, ageDays)
    const urgency = r() < 0.08 ? 'urgent' : 'normal'
    const d = src.deadlinesFor(cat.key, urgency, createdAt)
    const handlerBy = toProperty ? (staff[0]?._id ?? 'demo-property-1') : worker._id
    const events = [
      {
        at: new Date(createdAt),
        action: 'create',
        byOpenid: reporter,
        byRole: 'resident',
        byName: '居民',
      },
    ]
    let t = createdAt
    for (const action of STEPS[state]) {
      t += Math.floor(r() * 2 * DAY)
      const by = action === 'confirm' || action === 'reopen' ? reporter : handlerBy
      events.push({
        at: new Date(Math.min(t, now)),
        action,
        byOpenid: by,
        byRole: by === reporter ? 'resident' : 'grid_worker',
        byName: '网格员',
        note: action === 'resolve' ? '已处理完毕，请确认' : undefined,
      })
    }
    // The sweep closes what a resident leaves unconfirmed for AUTO_CLOSE_DAYS: a year of data
    // holds no report still 已办结 long after (the first rounds after a start would catch up).
    const autoClosed = state === 'resolved' && now - t > src.AUTO_CLOSE_DAYS * DAY
    if (autoClosed) {
      t += src.AUTO_CLOSE_DAYS * DAY
      events.push({
        at: new Date(t),
        action: 'autoClose',
        byOpenid: '',
        byRole: 'system',
        byName: '系统',
      })
    }
    const id = createdAt.toString(16).padStart(12, '0') + hex(r, 20)
    const description = `${cat.label}：${pick(r, PHRASES)}，${'楼道里的问题描述，'.repeat(1 + Math.floor(r() * 3))}`
    const open = !['resolved', 'closed', 'rejected', 'duplicate'].includes(state)
    const stateNow = autoClosed ? 'closed' : state
    const streetId = grid.streetId ?? 'haibei'
    const day = new Date(createdAt + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '')
    const seq = (perDay.get(streetId + day) ?? 0) + 1
    perDay.set(streetId + day, seq)
    reports.push({
      _id: id,
      no: `BS${day}-${String(seq).padStart(4, '0')}`,
      streetId,
      requestKey: `${reporter}:bench-${i}`,
      requestId: `bench-${i}`,
      reporterOpenid: reporter,
      reporter: { name: '居民', phone: phoneOf(reporter) },
      target: toProperty ? 'property' : 'grid',
      categoryKey: cat.key,
      taxonomyCode: cat.taxonomyCode,
      description,
      terms: src.searchTerms(description),
      photos: r() < 0.5 ? [`cloud://bench.bucket/reports/${id}/1.jpg`] : [],
      location: { kind: 'address', buildingId: b._id },
      place: {
        label: b.name ?? b._id,
        buildingId: b._id,
        gridId: grid._id,
        communityId: grid.communityId,
        point: null,
      },
      urgency,
      state: stateNow,
      version: events.length,
      handler: toProperty
        ? {
            kind: 'property',
            id: company._id,
            name: company.name,
            staffOpenids: staff.map((s) => s._id),
            contactName: staff[0]?.name ?? '',
            contactPhone: company.servicePhone,
          }
        : {
            kind: 'grid',
            id: grid._id,
            name: grid.name,
            staffOpenids: [worker._id],
            contactName: worker.name,
            contactPhone: worker.phone ?? '',
          },
      deadlines: { acceptBy: new Date(d.acceptBy), resolveBy: new Date(d.resolveBy) },
      followers: r() < 0.1 ? [pick(r, residents)] : [],
      events: events.map((e) => (e.note === undefined ? (delete e.note, e) : e)),
      ...(open && d.resolveBy < now ? { overdue: true } : {}),
      ...(state === 'closed'
        ? { rating: { score: 3 + Math.floor(r() * 3), comment: '', at: new Date(t) } }
        : {}),
      createdAt: new Date(createdAt),
      updatedAt: new Date(Math.min(t, now)),
    })
  }
  reports.sort((a, b) => (a._id < b._id ? -1 : 1))
  // As the functions store them: each report with its figures' facts (countStep).
  for (const rep of reports) rep.fig = src.factsOf(rep)
  writeColl(db, 'reports', reports)
  // …and the figures' rollups those steps kept (src/shared/figures/rollup.ts).
  writeColl(db, 'figure_rollups', src.rollupDocs(reports))
  const messages = []
  for (let i = 0; i < 5 * n; i++) {
    const rep = reports[Math.floor(r() * n)]
    const at = rep.createdAt.getTime() + Math.floor(r() * 3 * DAY)
    const task = r() < 0.4
    messages.push({
      _id: at.toString(16).padStart(12, '0') + hex(r, 20),
      toOpenid: task ? rep.handler.staffOpenids[0] : rep.reporterOpenid,
      kind: task ? 'task' : 'report',
      title: task ? '新报事：' + rep.categoryKey : '报事已受理：' + rep.categoryKey,
      body: rep.description.slice(0, 60),
      page: `/pages/resident/report-detail/index?id=${rep._id}`,
      refId: rep._id,
      read: at < now - 7 * DAY || r() < 0.5,
      createdAt: new Date(at),
    })
  }
  messages.sort((a, b) => (a._id < b._id ? -1 : 1))
  writeColl(db, 'messages', messages)
  // What the office types in the search box: a number read out on the phone, a caller's mobile.
  const probe = reports[Math.floor(n / 2)]
  return { no: probe.no, phone: probe.reporter.phone }
}

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

async function startEmulator(dataDir) {
  const port = await freePort()
  const t0 = Date.now()
  const child = spawn(process.execPath, ['emulator/dist/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, QUIET: '1', POOL_SIZE: '2' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`emulator exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) break
    } catch {
      // not listening yet
    }
    await new Promise((res) => setTimeout(res, 50))
  }
  return { child, url, t0, startMs: Date.now() - t0 }
}

async function signIn(url, openid) {
  const token = await gatewayClient(url).login(openid)
  return async (action, payload = {}) => {
    const t0 = process.hrtime.bigint()
    const r = await fetch(`${url}/v1/functions/${action.split('.')[0]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ action, payload }),
    })
    const body = await r.json()
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    return { ms, ok: r.ok && body.ok !== false, error: body.error?.message ?? body.errMsg }
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}

async function measure(url, t0, src, probe) {
  const office = await signIn(url, 'demo-office-1')
  // Collections load in the background: the first console page answers once reports are in
  // (a call that waits past the function's time limit fails: try again, as a user would).
  let first
  for (let i = 0; i < 20; i++) {
    first = await office('report.search', { filter: 'all', page: 1 })
    if (first.ok) break
  }
  const firstMs = Date.now() - t0
  // Then every collection (500,000 messages) in memory: the actions below are measured on a
  // settled emulator, not while it still parses its files beside them.
  while (!(await (await fetch(`${url}/healthz`)).json()).loaded)
    await new Promise((res) => setTimeout(res, 100))
  const loadedMs = Date.now() - t0
  const worker = await signIn(url, 'demo-grid-1')
  const property = await signIn(url, 'demo-property-1')
  const resident = await signIn(url, 'demo-resident-1')
  const from = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10)
  const actions = [
    ...['all', 'pending', 'active', 'escalations', 'overdue', 'done'].map((f) => [
      `report.search ${f}`,
      () => office('report.search', { filter: f, page: 1 }),
    ]),
    [
      'report.search filtered',
      () =>
        office('report.search', {
          filter: 'all',
          categoryKey: 'lighting',
          gridId: 'g-xinhua-1',
          from,
          page: 1,
        }),
    ],
    ['report.search by number', () => office('report.search', { q: probe.no, page: 1 })],
    ['report.search by phone', () => office('report.search', { q: probe.phone, page: 1 })],
    ['report.search by words', () => office('report.search', { q: '声控灯不亮', page: 1 })],
    ...['pending', 'active', 'overdue', 'done'].map((t) => [
      `inbox grid ${t}`,
      () => worker('report.inbox', { tab: t, page: 1 }),
    ]),
    ['inbox property pending', () => property('report.inbox', { tab: 'pending', page: 1 })],
    ['grid.ledger', () => office('grid.ledger')],
    ['grid.exportLedger', () => office('grid.exportLedger')],
    ['grid.map', () => resident('grid.map')],
    [
      'stats.dashboard this month',
      () => office('stats.dashboard', { period: src.presetPeriod('thisMonth', Date.now()) }),
    ],
    [
      'stats.dashboard last 12 months by month',
      () =>
        office('stats.dashboard', {
          period: {
            from: src.presetPeriod('thisMonth', Date.now() - 330 * DAY).from,
            to: src.presetPeriod('thisMonth', Date.now()).to,
          },
          unit: 'month',
        }),
    ],
    [
      'stats.ranking',
      () =>
        office('stats.ranking', {
          quarter: src.quarterOf(src.presetPeriod('thisMonth', Date.now()).from),
        }),
    ],
    ['report.listMine', () => resident('report.listMine', { page: 1 })],
  ]
  const out = { firstMs, loadedMs, ok: first.ok }
  for (const [name, fn] of actions) {
    await fn() // warm the workers
    const ms = []
    let errors = 0
    let error
    for (let i = 0; i < ITER; i++) {
      const r = await fn()
      ms.push(r.ms)
      if (!r.ok) {
        errors++
        error = r.error
      }
    }
    out[name] = { p50: pct(ms, 50), p99: pct(ms, 99), errors, error }
  }
  return out
}

async function main() {
  const src = loadSources()
  if (process.env.GEN_ONLY) {
    generate(process.env.GEN_ONLY, SIZES[0], src)
    return
  }
  spawnSync(process.execPath, ['scripts/build-cloud.js'], { cwd: root, stdio: 'inherit' })
  spawnSync(process.execPath, ['scripts/build-emulator.js'], { cwd: root, stdio: 'inherit' })
  const rows = []
  for (const n of SIZES) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `xb-scale-${n}-`))
    try {
      const g0 = Date.now()
      const probe = generate(dataDir, n, src)
      const genMs = Date.now() - g0
      const emu = await startEmulator(dataDir)
      const started = rssMb(emu.child.pid)
      const { firstMs, loadedMs, ok, ...actions } = await measure(emu.url, emu.t0, src, probe)
      const after = rssMb(emu.child.pid)
      emu.child.kill('SIGTERM')
      await new Promise((res) => emu.child.once('exit', res))
      // A second start on the same files: what `npm start` costs every day after the first.
      const again = await startEmulator(dataDir)
      const restartMs = again.startMs
      again.child.kill('SIGTERM')
      await new Promise((res) => again.child.once('exit', res))
      if (!ok) throw new Error('the first report.search failed')
      rows.push({
        n,
        genMs,
        startMs: emu.startMs,
        firstMs,
        loadedMs,
        restartMs,
        started,
        after,
        actions,
      })
      console.error(`[bench:scale] ${n} reports done`)
      // The table so far: a long run that is cut short still reports its sizes.
      if (rows.length < SIZES.length) print(rows)
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
  print(rows)
}

function print(rows) {
  const f = (x) => (x === undefined ? '—' : x < 10 ? x.toFixed(1) : String(Math.round(x)))
  const first = rows[0]
  const last = rows[rows.length - 1]
  const head = rows.map((r) => `${r.n.toLocaleString('en')} p50 / p99`)
  console.log(
    `\nbench:scale — ${os.cpus().length} cores, ${ITER} calls per action, ms unless noted\n`,
  )
  console.log(`| action | ${head.join(' | ')} | p50 ${last.n / 1000}k / ${first.n / 1000}k |`)
  console.log(`| --- | ${rows.map(() => '---').join(' | ')} | --- |`)
  const line = (name, cells, ratio) => console.log(`| ${name} | ${cells.join(' | ')} | ${ratio} |`)
  line(
    'emulator start to healthy (first / again)',
    rows.map((r) => `${f(r.startMs)} / ${f(r.restartMs)}`),
    (last.startMs / first.startMs).toFixed(1) + '×',
  )
  line(
    'start to first console page (reports loaded)',
    rows.map((r) => f(r.firstMs)),
    (last.firstMs / first.firstMs).toFixed(1) + '×',
  )
  line(
    'start to every collection loaded',
    rows.map((r) => f(r.loadedMs)),
    (last.loadedMs / first.loadedMs).toFixed(1) + '×',
  )
  line(
    'emulator RSS MB (started / after calls, peak)',
    rows.map((r) => `${f(r.started.rss)} / ${f(r.after.rss)}, ${f(r.after.peak)}`),
    (last.after.rss / first.after.rss).toFixed(1) + '×',
  )
  for (const name of Object.keys(first.actions)) {
    const cells = rows.map((r) => {
      const a = r.actions[name]
      return `${f(a.p50)} / ${f(a.p99)}${a.errors ? ` (${a.errors} failed: ${a.error})` : ''}`
    })
    line(name, cells, (last.actions[name].p50 / first.actions[name].p50).toFixed(1) + '×')
  }
  console.log(`\ndata written per size (ms): ${rows.map((r) => `${r.n}: ${r.genMs}`).join(', ')}`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
