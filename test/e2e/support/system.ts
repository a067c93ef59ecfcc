import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'

const root = path.resolve(__dirname, '..', '..', '..')

/** The whole local system as `npm start` runs it (emulator + gateway + dist/h5 + demo data). */
export interface System {
  url: string
  dataDir: string
  stop(): Promise<void>
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
export async function startSystem(env: Record<string, string> = {}): Promise<System> {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-e2e-'))
  const url = `http://127.0.0.1:${port}`
  const log: string[] = []
  const child = spawn('node', [path.join(root, 'emulator', 'dist', 'main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, STATIC_DIR: path.join(root, 'dist', 'h5'), ...env },
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
  return {
    url,
    dataDir,
    async stop() {
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A browser context signed in as a demo identity through the emulator's local sign-in. */
export async function contextAs(browser: Browser, system: System, openid: string): Promise<BrowserContext> {
  const res = await fetch(`${system.url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ openid }),
  })
  if (!res.ok) throw new Error(`login as ${openid} failed: ${res.status}`)
  const { token } = (await res.json()) as { token: string }
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
  // The H5 cloud client reads its session from localStorage (src/services/cloud/index.h5.ts).
  await context.addInitScript((t) => localStorage.setItem('xb.session', t), token)
  return context
}
