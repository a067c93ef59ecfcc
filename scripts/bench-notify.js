#!/usr/bin/env node
/**
 * `npm run bench:notify`: what a report's followers cost the action that resolves it, and what
 * happens to their notices when the worker delivering them is killed.
 *  1. For 0 / 50 / 500 followers, ROUNDS reports (default 15) are resolved by the grid worker:
 *     the transition's latency p50/p99 (it must not grow with followers: the action delivers 10
 *     inline and leaves the rest in the outbox).
 *  2. A 500-follower report is resolved and the `sla` timer round drains it: time from the answer
 *     until the last follower's message is stored and until it reaches that follower's open event
 *     stream (the timer is fired at once here; on CloudBase add up to its 1-minute period).
 *  3. Another: the timer's worker is SIGKILLed mid-fan-out, the next round finishes: followers
 *     told, and duplicates (must be 0).
 */
const { execFileSync, spawn, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const http = require('node:http')
const os = require('node:os')
const path = require('node:path')
const { gatewayClient } = require('./gateway-client')

const root = path.resolve(__dirname, '..')
const ROUNDS = Number(process.env.ROUNDS || 15)
const PORT = 10394
const base = `http://127.0.0.1:${PORT}`
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
)

const { post, login, data: call, upload: put } = gatewayClient(base)
const upload = (token, cloudPath) => put(token, cloudPath, JPEG)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}

/** The first `message` event for refId on openid's stream; resolves with its arrival time. */
function firstMessage(token, refId) {
  let req
  const arrived = new Promise((resolve) => {
    req = http.get(`${base}/api/events?token=${token}`, (res) => {
      let buf = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => {
        const now = Date.now()
        buf += chunk
        let i
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i)
          buf = buf.slice(i + 2)
          const data = block.split('\n').find((l) => l.startsWith('data: '))
          if (block.startsWith('event: message') && data) {
            if (JSON.parse(data.slice(6)).message?.refId === refId) resolve(now)
          }
        }
      })
    })
  })
  return { arrived, close: () => req.destroy() }
}

/** The emulator's live `sla` workers: its children working in cloudfunctions/sla. */
function slaWorkers(emuPid) {
  let out = ''
  try {
    out = execFileSync('pgrep', ['-P', String(emuPid)], { encoding: 'utf8' })
  } catch {
    return []
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .filter((pid) => {
      try {
        return path.basename(fs.readlinkSync(`/proc/${pid}/cwd`)) === 'sla'
      } catch {
        return false
      }
    })
}

async function main() {
  for (const s of ['build-cloud.js', 'build-emulator.js'])
    spawnSync(process.execPath, [`scripts/${s}`], { cwd: root, stdio: 'ignore' })
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-notify-'))
  const emu = spawn(process.execPath, ['emulator/dist/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, QUIET: '1' },
    stdio: 'inherit',
  })
  try {
    for (let i = 0; i < 150; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break
      } catch {
        await sleep(100)
      }
    }
    // The clock stands still unless moved: the timer runs when this script says.
    let clock = Date.now()
    await post('/__emulator/clock', { now: clock })
    await post('/__emulator/tick', {})
    const tick = async () => {
      clock += 60_000
      await post('/__emulator/clock', { now: clock })
      return post('/__emulator/tick', {})
    }
    // The real wx-server-sdk as an admin script, for setting followers and counting messages.
    const cred = JSON.parse(fs.readFileSync(path.join(dataDir, 'tcb-credential.json'), 'utf8'))
    Object.assign(process.env, {
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${base}/tcb` }),
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD_REGION: 'ap-shanghai',
      TENCENTCLOUD_SECRETID: cred.secretId,
      TENCENTCLOUD_SECRETKEY: cred.secretKey,
      TCB_ENV: 'xb-bench',
      SCF_NAMESPACE: 'xb-bench',
    })
    const cloud = require('wx-server-sdk')
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    const db = cloud.database()
    const _ = db.command

    const resident = await login('demo-resident-1')
    const worker = await login('demo-grid-1')
    let seq = 0
    /** A report accepted by the worker, with `n` followers: its id, version and followers. */
    async function prepared(n) {
      const { report } = await call(resident, 'report.create', {
        target: 'grid',
        categoryKey: 'noise',
        description: `压测：楼上噪音 ${++seq}`,
        photos: [],
        location: { kind: 'address', buildingId: 'b-xinhua-1-2' },
        urgency: 'normal',
        requestId: `bench-notify-${String(seq).padStart(6, '0')}`,
        // Bench callers have no verified phone: the no-callback rule wants 不需要回电.
        noCallback: true,
      })
      const accepted = await call(worker, 'report.transition', {
        id: report.id,
        version: 1,
        action: 'accept',
      })
      const followers = Array.from({ length: n }, (_x, i) => `fan-${seq}-${i}`)
      if (n) await db.collection('reports').doc(report.id).update({ data: { followers } })
      return { id: report.id, version: accepted.version, followers }
    }
    async function resolve(r) {
      const photo = await upload(worker, `uploads/demo-grid-1/bench/${r.id}.jpg`)
      const t = Date.now()
      await call(worker, 'report.transition', {
        id: r.id,
        version: r.version,
        action: 'resolve',
        note: '已协调处理',
        photos: [photo],
      })
      return Date.now() - t
    }
    const told = async (r) =>
      (
        await db
          .collection('messages')
          .where({ refId: r.id, toOpenid: _.in(r.followers) })
          .count()
      ).total

    const rows = []
    for (const n of [0, 50, 500]) {
      const ms = []
      for (let i = 0; i < ROUNDS; i++) ms.push(await resolve(await prepared(n)))
      rows.push({ n, p50: pct(ms, 50), p99: pct(ms, 99) })
      await tick() // drain what the round left, so the next starts from an empty outbox
    }

    // 2. Time until the last follower's notice is stored / reaches their stream.
    const r = await prepared(500)
    const last = r.followers[r.followers.length - 1]
    const s = firstMessage(await login(last), r.id)
    await sleep(300)
    await resolve(r)
    const answered = Date.now()
    const round = tick()
    while ((await told(r)) < 500) await sleep(20)
    const storedMs = Date.now() - answered
    const streamMs = (await s.arrived) - answered
    s.close()
    await round

    // 3. The timer's worker killed mid-fan-out, then the next round.
    const k = await prepared(500)
    await resolve(k)
    const killedRound = tick()
    let before = 0
    while ((before = await told(k)) < 150) await sleep(10)
    const pids = slaWorkers(emu.pid)
    for (const pid of pids) process.kill(pid, 'SIGKILL')
    const killed = await killedRound
    const atKill = await told(k)
    await tick()
    const deadline = Date.now() + 120_000
    while ((await told(k)) < 500 && Date.now() < deadline) await sleep(50)
    const { data } = await db
      .collection('messages')
      .where({ refId: k.id, toOpenid: _.in(k.followers) })
      .limit(1000)
      .get()
    const distinct = new Set(data.map((m) => m.toOpenid)).size

    console.log(`\nbench:notify — resolve a report, ${ROUNDS} rounds, ${os.cpus().length} cores`)
    console.log('| followers | transition p50 | transition p99 |')
    console.log('| --- | --- | --- |')
    for (const x of rows) console.log(`| ${x.n} | ${x.p50} ms | ${x.p99} ms |`)
    console.log(
      `\n500 followers: last follower's notice stored ${storedMs} ms after the answer, on their stream ${streamMs} ms (timer fired at once; on CloudBase add ≤ 60 s for its period)`,
    )
    console.log(
      `killed ${pids.length} sla worker(s) at ${before}–${atKill}/500 delivered (round: ${JSON.stringify(killed.fired?.map((f) => f.ok))}); after the next round: ${distinct}/500 followers told, ${data.length - distinct} duplicates`,
    )
  } finally {
    emu.kill()
    setTimeout(() => fs.rmSync(dataDir, { recursive: true, force: true }), 500)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
