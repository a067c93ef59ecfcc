#!/usr/bin/env node
/**
 * `npm run bench:push`: how long from a report transition's commit to its event on the
 * resident's live stream. 50 signed-in clients hold an event stream open; a grid worker adds
 * 1,000 progress notes (report.transition 'note') to one resident's report; for each note the
 * in-app message's createdAt (stamped right after the commit) is compared with the moment the
 * resident's stream delivers it. Prints p50/p99/max. N (default 1000), CLIENTS (default 50).
 */
const { spawn, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const http = require('node:http')
const os = require('node:os')
const path = require('node:path')
const { gatewayClient } = require('./gateway-client')

const root = path.resolve(__dirname, '..')
const N = Number(process.env.N || 1000)
const CLIENTS = Number(process.env.CLIENTS || 50)
const PORT = 10393
const base = `http://127.0.0.1:${PORT}`

const { login, call } = gatewayClient(base)

/** An event stream; calls onEvent(parsed, arrivalMs) for each `message` event. */
function stream(token, onEvent) {
  const req = http.get(`${base}/api/events?token=${token}`, (res) => {
    let buf = ''
    res.setEncoding('utf8')
    res.on('data', (chunk) => {
      const now = Date.now()
      buf += chunk
      let i
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i)
        buf = buf.slice(i + 2)
        if (!block.startsWith('event: message')) continue
        const data = block.split('\n').find((l) => l.startsWith('data: '))
        if (data) onEvent(JSON.parse(data.slice(6)), now)
      }
    })
  })
  return () => req.destroy()
}

async function main() {
  for (const s of ['build-cloud.js', 'build-emulator.js'])
    spawnSync(process.execPath, [`scripts/${s}`], { cwd: root, stdio: 'ignore' })
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-push-'))
  const emu = spawn(process.execPath, ['emulator/dist/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, QUIET: '1' },
    stdio: 'inherit',
  })
  const closers = []
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break
      } catch {
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    const resident = await login('demo-resident-1')
    const worker = await login('demo-grid-1')
    const created = await call(resident, 'report.create', {
      target: 'grid',
      categoryKey: 'noise',
      description: '压测：楼上噪音',
      photos: [],
      location: { kind: 'address', buildingId: 'b-xinhua-1-2' },
      urgency: 'normal',
      requestId: 'bench-push-000001',
      // Bench callers have no verified phone: the no-callback rule wants 不需要回电.
      noCallback: true,
    })
    const id = created.data.report.id
    let version = (await call(worker, 'report.transition', { id, version: 1, action: 'accept' }))
      .data.version
    const delays = []
    let waiting = null
    closers.push(
      stream(resident, (e, at) => {
        if (!e.message || e.message.refId !== id) return
        delays.push(at - new Date(e.message.createdAt).getTime())
        if (waiting) waiting()
      }),
    )
    for (let i = 1; i < CLIENTS; i++)
      closers.push(stream(await login(`bench-client-${i}`), () => undefined))
    await new Promise((r) => setTimeout(r, 300))
    delays.length = 0
    const started = Date.now()
    for (let i = 0; i < N; i++) {
      const arrived = new Promise((r) => (waiting = r))
      const r = await call(worker, 'report.transition', {
        id,
        version,
        action: 'note',
        note: `进展 ${i}`,
      })
      if (!r.ok) throw new Error(JSON.stringify(r.error))
      version = r.data.version
      await Promise.race([arrived, new Promise((r2) => setTimeout(r2, 5000))])
    }
    const secs = (Date.now() - started) / 1000
    delays.sort((a, b) => a - b)
    const pct = (p) => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))]
    console.log(
      `\nbench:push — ${N} transitions, ${CLIENTS} connected event streams, ${os.cpus().length} cores`,
    )
    console.log(
      `delivered ${delays.length}/${N}; commit → stream: p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${delays[delays.length - 1]} ms; ${(N / secs).toFixed(1)} transitions/s end to end`,
    )
  } finally {
    closers.forEach((c) => c())
    emu.kill()
    setTimeout(() => fs.rmSync(dataDir, { recursive: true, force: true }), 500)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
