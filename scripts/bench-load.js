#!/usr/bin/env node
/**
 * `npm run bench:load`: a mixed workload against the local system for a bounded time — residents
 * reporting with a photo (upload + report.create, then listMine and get), grid workers taking
 * their inbox (accept, then resolve with an after-photo), the street office listing and reading
 * (report.search, report.get, certificate.queue, grid.ledger) — from CLIENTS concurrent clients
 * for DURATION_S seconds. Prints throughput, p50/p99 per action, the error count (must be 0) and
 * the emulator's memory (RSS of its process and of its function workers) at start and end.
 *
 * Starts the system as `npm start` does (builds the functions and the emulator unless SKIP_BUILD=1;
 * the H5 app is not needed for load) on a fresh data folder, or uses a running one: BENCH_URL
 * (and BENCH_PID for its memory). Each simulated phone has its own client address (127.x.y.z),
 * and residents come as many people, as in life: the per-user and per-IP limits are never met.
 */
const { spawn, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const http = require('node:http')
const net = require('node:net')
const os = require('node:os')
const path = require('node:path')
const { memory, table } = require('./bench-table')

const root = path.resolve(__dirname, '..')
const CLIENTS = Number(process.env.CLIENTS || 16)
const DURATION_S = Number(process.env.DURATION_S || 30)
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
)
const GRIDS = ['xinhua-1', 'xinhua-2', 'binhe-1', 'binhe-2', 'lvyuan-1', 'lvyuan-2']

const stats = new Map() // action → { ms: number[], errors: number }
const errorSamples = []
function record(action, ms, ok, detail) {
  if (!stats.has(action)) stats.set(action, { ms: [], errors: 0 })
  const s = stats.get(action)
  if (ok) s.ms.push(ms)
  else {
    s.errors++
    if (errorSamples.length < 5) errorSamples.push(`${action}: ${detail}`)
  }
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/** One HTTP request from `localAddress`; resolves { status, json }. */
function request(base, pathname, { method = 'POST', body, headers = {}, localAddress }) {
  const url = new URL(pathname, base)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        headers,
        localAddress,
      },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json = null
          try {
            json = JSON.parse(text)
          } catch {
            json = { raw: text.slice(0, 200) }
          }
          resolve({ status: res.statusCode, json })
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** A simulated phone: signs in as `openid` from its own address; times every call. */
async function client(base, openid, localAddress) {
  const ticket = await request(base, '/api/demo/ticket', {
    body: JSON.stringify({ openid }),
    headers: { 'content-type': 'application/json' },
    localAddress,
  })
  const login = await request(base, '/auth/v1/signin/custom', {
    body: JSON.stringify({ provider_id: 'custom', ticket: ticket.json.ticket }),
    headers: { 'content-type': 'application/json' },
    localAddress,
  })
  const auth = { authorization: `Bearer ${login.json.access_token}` }
  let seq = 0
  return {
    openid,
    async call(action, payload = {}) {
      const t0 = performance.now()
      try {
        const r = await request(base, `/v1/functions/${action.split('.')[0]}`, {
          body: JSON.stringify({ action, payload }),
          headers: { 'content-type': 'application/json', ...auth },
          localAddress,
        })
        const ok = r.status === 200 && r.json && r.json.ok === true
        record(
          action,
          performance.now() - t0,
          ok,
          `${r.status} ${JSON.stringify(r.json).slice(0, 160)}`,
        )
        return ok ? r.json.data : null
      } catch (err) {
        record(action, performance.now() - t0, false, String(err))
        return null
      }
    },
    async upload() {
      const cloudPath = `uploads/${openid}/20261123/b${++seq}-${Date.now()}.jpg`
      const t0 = performance.now()
      try {
        // The HTTP API's two steps: an upload URL for the path, then a PUT of the bytes.
        const info = await request(base, '/v1/storages/get-objects-upload-info', {
          body: JSON.stringify([{ objectId: cloudPath }]),
          headers: { 'content-type': 'application/json', ...auth },
          localAddress,
        })
        const target = Array.isArray(info.json) ? info.json[0] : null
        const r = target?.uploadUrl
          ? await request(
              base,
              new URL(target.uploadUrl).pathname + new URL(target.uploadUrl).search,
              {
                method: 'PUT',
                body: JPEG,
                headers: { 'content-type': 'image/jpeg', authorization: target.authorization },
                localAddress,
              },
            )
          : info
        const ok = r.status === 200 && target?.cloudObjectId
        record('upload', performance.now() - t0, !!ok, `${r.status} ${JSON.stringify(info.json)}`)
        return ok ? target.cloudObjectId : null
      } catch (err) {
        record('upload', performance.now() - t0, false, String(err))
        return null
      }
    },
  }
}

const running = () => Date.now() < deadline
let deadline = 0

/** A resident's phone, handed from person to person every few reports (limits are per person). */
async function resident(base, i) {
  let person = 0
  while (running()) {
    const me = await client(base, `bench-res-${i}-${person}`, `127.1.${i}.${(person % 250) + 1}`)
    for (let k = 0; k < 5 && running(); k++) {
      const grid = GRIDS[(i + k + person) % GRIDS.length]
      const photo = await me.upload()
      if (!photo) continue
      const made = await me.call('report.create', {
        target: 'grid',
        categoryKey: 'lighting',
        description: `压测：楼道灯不亮 ${i}-${person}-${k}`,
        photos: [photo],
        location: { kind: 'address', buildingId: `b-${grid}-${1 + (k % 2)}`, unit: '1单元' },
        urgency: 'normal',
        requestId: `bench-${i}-${person}-${k}-${Date.now()}`,
        // Bench callers have no verified phone: the no-callback rule wants 不需要回电.
        noCallback: true,
      })
      await me.call('report.listMine', { page: 1 })
      if (made) await me.call('report.get', { id: made.report.id })
    }
    person++
  }
}

/** A grid worker: takes the oldest waiting report, accepts it, resolves it with a photo. */
async function worker(base, i) {
  const me = await client(base, `demo-grid-${i + 1}`, `127.2.${i}.1`)
  while (running()) {
    const pending = await me.call('report.inbox', { tab: 'pending', page: 1 })
    const item = pending && pending.items[0]
    if (!item) {
      await new Promise((r) => setTimeout(r, 100))
      continue
    }
    const seen = await me.call('report.get', { id: item.id })
    if (!seen) continue
    const accepted = await me.call('report.transition', {
      id: item.id,
      version: seen.version,
      action: 'accept',
    })
    const photo = accepted && (await me.upload())
    if (photo)
      await me.call('report.transition', {
        id: item.id,
        version: accepted.version,
        action: 'resolve',
        note: '已更换灯泡',
        photos: [photo],
      })
  }
}

/** The street office: its queues and reads. */
async function office(base, i) {
  const me = await client(base, 'demo-office-1', `127.3.${i}.1`)
  const filters = ['all', 'pending', 'active', 'overdue']
  for (let k = 0; running(); k++) {
    const list = await me.call('report.search', { filter: filters[k % filters.length], page: 1 })
    const item = list && list.items[k % Math.max(1, list.items.length)]
    if (item) await me.call('report.get', { id: item.id })
    await me.call('certificate.queue', { filter: 'all', page: 1 })
    if (k % 5 === 0) await me.call('grid.ledger', {})
  }
}

async function main() {
  let base = process.env.BENCH_URL
  let pid = Number(process.env.BENCH_PID || 0)
  let child = null
  let dataDir = null
  if (!base) {
    if (!process.env.SKIP_BUILD)
      for (const s of ['build-cloud.js', 'build-emulator.js'])
        if (
          spawnSync('node', [path.join('scripts', s)], { cwd: root, stdio: 'inherit' }).status !== 0
        )
          process.exit(1)
    const port = await freePort()
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-load-'))
    child = spawn(process.execPath, ['emulator/dist/main.js'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, QUIET: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    pid = child.pid
    base = `http://127.0.0.1:${port}`
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break
      } catch {
        if (i > 300) throw new Error('the emulator did not come up')
      }
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  try {
    // Warm instances first (as a running system has): cold starts are not what this measures.
    const anon = await request(base, '/auth/v1/signin/anonymously', {
      body: '{}',
      headers: { 'content-type': 'application/json' },
    })
    await Promise.all(
      ['user', 'report', 'grid', 'certificate'].flatMap((fn) =>
        Array.from({ length: 4 }, () =>
          request(base, `/v1/functions/${fn}`, {
            body: JSON.stringify({ action: 'warm.up', payload: {} }),
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${anon.json.access_token}`,
            },
          }),
        ),
      ),
    )
    const start = memory(pid)
    const workers = Math.min(GRIDS.length, Math.max(1, Math.round(CLIENTS * 0.25)))
    const offices = Math.max(1, Math.round(CLIENTS * 0.15))
    const residents = Math.max(1, CLIENTS - workers - offices)
    const t0 = Date.now()
    deadline = t0 + DURATION_S * 1000
    await Promise.all([
      ...Array.from({ length: residents }, (_, i) => resident(base, i)),
      ...Array.from({ length: workers }, (_, i) => worker(base, i)),
      ...Array.from({ length: offices }, (_, i) => office(base, i)),
    ])
    const seconds = (Date.now() - t0) / 1000
    console.log(`${residents} residents, ${workers} grid workers, ${offices} office clients`)
    console.log(table({ stats, errorSamples, clients: CLIENTS }, start, memory(pid), seconds))
    const errors = [...stats.values()].reduce((n, s) => n + s.errors, 0)
    process.exitCode = errors ? 1 : 0
  } finally {
    if (child) {
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
