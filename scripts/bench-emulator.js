#!/usr/bin/env node
/**
 * `npm run bench:emulator`: function calls per second and p50/p99 latency through the local
 * CloudBase's HTTP API (POST /v1/functions/<name>, signed-in user), with 1, 8 and 32 concurrent
 * clients, for (a) a function that returns at once and (b) one that inserts a document and reads
 * it back — side by side with a bare node:http hello-world on the same machine, as ratios.
 * DURATION_MS (default 3000) per cell; POOL_SIZE (default 4) warm workers per function.
 */
const { spawn, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const http = require('node:http')
const { gatewayClient } = require('./gateway-client')
const os = require('node:os')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const DURATION = Number(process.env.DURATION_MS || 3000)
const CLIENTS = [1, 8, 32]

function start(args, env) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  return child
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not come up`)
}

/** `clients` loops, each sending its next request as soon as the previous answers. */
async function load(port, pathname, body, headers, clients) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients })
  const latencies = []
  const until = Date.now() + DURATION
  const one = () =>
    new Promise((resolve, reject) => {
      const t0 = process.hrtime.bigint()
      const req = http.request(
        { port, host: '127.0.0.1', path: pathname, method: body ? 'POST' : 'GET', agent, headers },
        (res) => {
          res.resume()
          res.on('end', () => {
            if (res.statusCode !== 200)
              return reject(new Error(`HTTP ${res.statusCode} on ${pathname}`))
            latencies.push(Number(process.hrtime.bigint() - t0) / 1e6)
            resolve()
          })
        },
      )
      req.on('error', reject)
      req.end(body)
    })
  const started = Date.now()
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) await one()
    }),
  )
  const secs = (Date.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
  return { rps: latencies.length / secs, p50: pct(50), p99: pct(99) }
}

async function main() {
  if (!fs.existsSync(path.join(root, 'emulator/dist/main.js'))) {
    spawnSync(process.execPath, ['scripts/build-emulator.js'], { cwd: root, stdio: 'inherit' })
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-bench-'))
  const bare = start(
    [
      '-e',
      "require('http').createServer((q,s)=>{q.resume();q.on('end',()=>s.end('{\"ok\":true}'))}).listen(10391,'127.0.0.1')",
    ],
    {},
  )
  const emu = start(['emulator/dist/main.js'], {
    PORT: '10392',
    DATA_DIR: dataDir,
    SEED: '0',
    QUIET: '1',
    POOL_SIZE: process.env.POOL_SIZE || '4',
    FUNCTIONS_DIR: path.join(root, 'test/cloud/fixtures/functions'),
  })
  try {
    await waitFor('http://127.0.0.1:10391/')
    await waitFor('http://127.0.0.1:10392/healthz')
    await fetch('http://127.0.0.1:10392/__emulator/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'noop', event: {} }),
    })
    // The insert-and-read fixture writes to `bench`; create it as the console would.
    const credential = JSON.parse(
      fs.readFileSync(path.join(dataDir, 'tcb-credential.json'), 'utf8'),
    )
    Object.assign(process.env, {
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: 'http://127.0.0.1:10392/tcb' }),
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD_REGION: 'ap-shanghai',
      // /tcb takes only requests signed with the key pair the emulator keeps in its data folder.
      TENCENTCLOUD_SECRETID: credential.secretId,
      TENCENTCLOUD_SECRETKEY: credential.secretKey,
      TCB_ENV: 'bench',
      SCF_NAMESPACE: 'bench',
    })
    const cloud = require('wx-server-sdk')
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    await cloud.database().createCollection('bench')
    const token = await gatewayClient('http://127.0.0.1:10392').login('bench-user')
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` }
    const call = (name) => JSON.stringify({ action: `${name}.run`, payload: {} })
    const rows = []
    for (const clients of CLIENTS) {
      const b = await load(10391, '/', '{}', { 'content-type': 'application/json' }, clients)
      const a = await load(10392, '/v1/functions/noop', call('noop'), headers, clients)
      const w = await load(10392, '/v1/functions/insertread', call('insertread'), headers, clients)
      rows.push({ clients, b, a, w })
    }
    const f = (n) => n.toFixed(1).padStart(8)
    console.log(
      `\nbench:emulator — ${os.cpus().length} cores, ${DURATION} ms per cell, POOL_SIZE=${process.env.POOL_SIZE || 4}`,
    )
    console.log(
      'clients | bare http rps  p50ms  p99ms | (a) return rps  p50ms  p99ms  ratio | (b) insert+read rps  p50ms  p99ms  ratio',
    )
    for (const { clients, b, a, w } of rows) {
      console.log(
        `${String(clients).padStart(7)} | ${f(b.rps)} ${f(b.p50)} ${f(b.p99)} | ${f(a.rps)} ${f(a.p50)} ${f(a.p99)} ${(a.rps / b.rps).toFixed(3).padStart(6)} | ${f(w.rps)} ${f(w.p50)} ${f(w.p99)} ${(w.rps / b.rps).toFixed(3).padStart(6)}`,
      )
    }
    const at32 = rows.find((r) => r.clients === 32)
    console.log(
      `\n(a) at 32 clients: ${(at32.a.rps / at32.b.rps).toFixed(3)} of the bare server's throughput (aim ≥ 0.2)`,
    )
  } finally {
    bare.kill()
    emu.kill()
    setTimeout(() => fs.rmSync(dataDir, { recursive: true, force: true }), 500)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
