import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Clock } from './clock'
import { REPO, type EmulatorConfig } from './config'
import { INTERNAL_COLLECTIONS, type Ctx, type Templates } from './context'
import { Database } from './db/database'
import { Store, type IndexManifest } from './db/store'
import type { Doc } from './db/values'
import { EventBus } from './events'
import { FunctionHost } from './functions/host'
import { MessagePushes } from './functions/pushes'
import { Timers } from './functions/timers'
import { loadCustomLoginKey } from './gateway/custom-login'
import { Sessions } from './gateway/sessions'
import { seedDemo } from '../seed'
import { SecurityRules } from './rules'
import { Storage } from './storage'
import type { TcbCredential } from './tcb/auth'

/** In DATA_DIR: the key pair for signing /tcb requests (see writeTcbCredential). */
export const TCB_CREDENTIAL_FILE = 'tcb-credential.json'

export interface Emulator {
  ctx: Ctx
  timers: Timers
  close(): void
}

/** The collection whose inserts are in-app messages, pushed to `toOpenid` at once. */
export const MESSAGES = 'messages'

function readJson<T>(file: string, fallback: T): T {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : fallback
}

function withoutComments<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('$'))) as T
}

/**
 * The /tcb key pair, derived from the data folder's secret (stable across restarts) and written
 * to DATA_DIR/tcb-credential.json (owner-only) for local scripts and tests that use
 * wx-server-sdk as an admin: whoever can read the data folder holds the data anyway.
 */
function writeTcbCredential(dataDir: string, secretKey: string): TcbCredential {
  const credential = { secretId: 'emulator-secret-id', secretKey }
  const file = path.join(dataDir, TCB_CREDENTIAL_FILE)
  fs.writeFileSync(file, JSON.stringify(credential), { mode: 0o600 })
  fs.chmodSync(file, 0o600)
  return credential
}

/** Opens the data folder, replays an interrupted commit, seeds demo data, starts the timers. */
export async function openEmulator(config: EmulatorConfig): Promise<Emulator> {
  fs.mkdirSync(config.dataDir, { recursive: true })
  const manifest = readJson<IndexManifest>(REPO.indexes, {})
  for (const key of Object.keys(manifest)) if (key.startsWith('$')) delete manifest[key]
  for (const name of INTERNAL_COLLECTIONS) manifest[name] ??= []
  const log = config.quiet ? () => undefined : (line: string) => console.log(line)
  const store = new Store(path.join(config.dataDir, 'db'), {
    // XB_UNINDEXED_LOG: one file for a whole test run (each test has its own data folder).
    file: process.env.XB_UNINDEXED_LOG || path.join(config.dataDir, 'unindexed.jsonl'),
    strict: process.env.XB_STRICT_INDEXES === '1',
    log: (line) => console.warn(line),
  })
  const t0 = Date.now()
  await store.open(manifest)
  // Collections load in the background (smallest first); a request waits only for its own.
  store.allLoaded.then(
    () => log(`[emulator] database loaded: ${store.size()} documents in ${Date.now() - t0} ms`),
    (err) => {
      console.error('[emulator] failed to load the database:', err)
      process.exit(1)
    },
  )
  const bus = new EventBus()
  const onInsert = (coll: string, doc: Doc) => {
    if (coll === MESSAGES && typeof doc.toOpenid === 'string') {
      bus.publish(doc.toOpenid, { type: 'message', message: doc })
    }
  }
  const db = new Database(store, onInsert)
  await db.txns.recover()
  const clock = new Clock()
  const baseUrl = `http://127.0.0.1:${config.port}`
  const publishSecret = crypto.randomBytes(16).toString('hex')
  const sessions = new Sessions(config.dataDir, config.sessionSecret)
  const tcbCredential = writeTcbCredential(config.dataDir, sessions.derive('tcb'))
  const customLoginKey = loadCustomLoginKey(config.dataDir, config.env)
  const host = new FunctionHost({
    dir: config.functionsDir,
    runner: path.join(__dirname, 'worker-runner.js'),
    env: config.env,
    appid: config.appid,
    tcbUrl: () => `${baseUrl}/tcb`,
    credential: tcbCredential,
    customLoginKey: JSON.stringify(customLoginKey),
    publishUrl: () => `${baseUrl}/__emulator/publish?secret=${publishSecret}`,
    publicUrl: () => baseUrl,
    frozenNow: () => (clock.isFrozen ? clock.now() : null),
    poolSize: config.poolSize,
    log,
  })
  const ctx: Ctx = {
    env: config.env,
    db,
    storage: new Storage(config.dataDir, config.env, sessions.derive('storage'), () => baseUrl),
    rules: SecurityRules.load(REPO.storageRules, REPO.databaseRules),
    host,
    bus,
    clock,
    sessions,
    customLoginKey,
    templates: withoutComments(readJson<Templates>(REPO.templates, {})),
    staticDir: config.staticDir,
    publishSecret,
    tcbCredential,
    baseUrl: () => baseUrl,
    log,
    wxOutage: { sends: 0, openapi: 0 },
    crashOn: { action: '', collection: '', count: 0 },
    appid: config.appid,
    phoneCodes: new Map(),
    pushes: new MessagePushes(host, clock, log),
  }
  if (config.seed && (await db.count('users')) === 0) {
    const n = await seedDemo(db, clock.now())
    log(`[emulator] seeded 海北街道 demo data (${n} documents)`)
  }
  const timers = new Timers(host, clock, log, ctx.pushes)
  timers.start()
  return {
    ctx,
    timers,
    close() {
      timers.stop()
      host.close()
    },
  }
}
