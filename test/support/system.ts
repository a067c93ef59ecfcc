import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(__dirname, '..', '..')

/** The whole local system as `npm start` runs it (emulator + gateway + dist/h5 + demo data). */
export interface System {
  url: string
  dataDir: string
  /** What the emulator printed (one line per function invocation, errors). */
  log: string[]
  /** Calls a function directly as `openid` (or as nobody), through /__emulator/invoke. */
  invoke<T = unknown>(name: string, event: object, openid?: string): Promise<T>
  /** POSTs to an /__emulator/* hook (clock, tick, grant). */
  admin<T = unknown>(hook: string, body?: object): Promise<T>
  /** SIGKILL, as a crash would: nothing is flushed or closed. */
  kill9(): Promise<void>
  /** The emulator's process id (its function workers are its children). */
  pid(): number
  /** Starts the emulator again on the same port and data folder. */
  restart(): Promise<void>
  stop(): Promise<void>
}

export interface SystemOptions {
  env?: Record<string, string>
  /** Reuse a data folder (kept on stop) instead of a fresh temporary one. */
  dataDir?: string
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })
}

async function waitHealthy(url: string, child: ChildProcess, ms = 30000): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`emulator exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('emulator did not become healthy in time')
}

/** Starts the built emulator (emulator/dist/main.js) on a free port with a fresh data folder. */
export async function startSystem(options: SystemOptions = {}): Promise<System> {
  const port = await freePort()
  const ownDir = !options.dataDir
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'xb-sys-'))
  const url = `http://127.0.0.1:${port}`
  const log: string[] = []
  let child: ChildProcess
  const launch = async () => {
    child = spawn('node', [path.join(root, 'emulator', 'dist', 'main.js')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        STATIC_DIR: path.join(root, 'dist', 'h5'),
        // Every cloud test runs strict: a query no index of emulator/indexes.json serves fails
        // (on a collection of more than 100 documents), as it would crawl on CloudBase.
        XB_STRICT_INDEXES: '1',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (d) => log.push(String(d)))
    child.stderr?.on('data', (d) => log.push(String(d)))
    try {
      await waitHealthy(url, child)
    } catch (err) {
      child.kill('SIGKILL')
      throw new Error(`${(err as Error).message}\n${log.join('')}`)
    }
  }
  const exited = () =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((r) => child.once('exit', r))
  const post = async (pathname: string, body: object) => {
    const res = await fetch(`${url}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = await res.json()
    if (!res.ok) throw new Error(`${pathname} ${res.status}: ${JSON.stringify(json)}`)
    return json
  }
  await launch()
  return {
    url,
    dataDir,
    log,
    async invoke(name, event, openid) {
      return (await post('/__emulator/invoke', { name, event, openid })).result
    },
    admin: (hook, body = {}) => post(`/__emulator/${hook}`, body),
    async kill9() {
      child.kill('SIGKILL')
      await exited()
    },
    restart: launch,
    pid: () => child.pid!,
    async stop() {
      child.kill('SIGTERM')
      await exited()
      if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
