import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { Pool, type RunResult } from './pool'
import type { TcbCredential } from '../tcb/auth'

/** A function's config.json, as CloudBase reads it. */
export interface FunctionConfig {
  timeout?: number
  triggers?: Array<{ name: string; type: string; config: string }>
  permissions?: { openapi?: string[] }
}

/** Who is calling: the user (from the gateway or the caller function) or nobody (timer, admin). */
export interface Caller {
  openid?: string
  /** The client's address, as CloudBase gives functions CLIENTIP (per-IP limits). */
  ip?: string
  /** A web user of the HTTP API (custom login or anonymous): what CloudBase gives as TCB_*. */
  web?: { uid: string; customUserId: string; anonymous: boolean }
  source: 'gateway' | 'http' | 'function' | 'timer' | 'push' | 'admin'
  triggerName?: string
  /** For a function called by a function: who called that one (SOURCE follows the chain). */
  parent?: Caller
}

/**
 * What `getWXContext().SOURCE` says on CloudBase (wx-server-sdk reads it from TCB_SOURCE):
 * `wx_client` for a mini-program call (the gateway stands in for wx.cloud and the H5 HTTP API),
 * `wx_trigger` for a timer trigger, the caller's chain plus `,scf` for a function called by a
 * function (`wx_client,scf`). The emulator's own test hook and outside SDK calls are no WeChat
 * source at all: empty, as for any non-WeChat invocation.
 */
export function sourceOf(caller: Caller): string {
  switch (caller.source) {
    case 'gateway':
      return 'wx_client'
    case 'timer':
      return 'wx_trigger'
    case 'function':
      return [caller.parent ? sourceOf(caller.parent) : '', 'scf'].filter(Boolean).join(',')
    default:
      return ''
  }
}

export interface Invocation {
  id: string
  name: string
  caller: Caller
  config: FunctionConfig
}

export type InvokeResult =
  | { ok: true; result: unknown; ms: number }
  | { ok: false; status: number; code: string; errCode: number; message: string; ms: number }

/** CloudBase's default function timeout, in seconds. */
export const DEFAULT_TIMEOUT_S = 3
const NAME = /^[A-Za-z0-9_-]{1,60}$/
const PER_CALL = [
  'WX_OPENID',
  'WX_UNIONID',
  'WX_CLIENTIP',
  'TRIGGER_SRC',
  'TCB_SOURCE',
  'XB_CLOCK_NOW',
  'TCB_CONTEXT_CNFG',
  'WX_CONTEXT_KEYS',
  'TCB_CONTEXT_KEYS',
  'TCB_UUID',
  'TCB_CUSTOM_USER_ID',
  'TCB_ISANONYMOUS_USER',
  'TCB_SOURCE_IP',
  'LOGINTYPE',
]

export interface HostOptions {
  dir: string
  runner: string
  env: string
  appid: string
  tcbUrl: () => string
  /** What the workers sign /tcb requests with (TENCENTCLOUD_SECRETID/_SECRETKEY). */
  credential: TcbCredential
  /** The custom-login key file's JSON, as an operator sets it on the ticket-minting function. */
  customLoginKey: string
  publishUrl: () => string
  /** Where the H5 app is served: functions build public links (the certificate verify page) on it. */
  publicUrl?: () => string
  /** The frozen emulator time, or null on real time (then functions read their own clock). */
  frozenNow: () => number | null
  poolSize: number
  log: (line: string) => void
}

/**
 * Runs cloud functions unchanged: each FUNCTIONS_DIR/<name>/index.js in its warm pool, the
 * platform's environment variables set per invocation, errors shaped like the platform's
 * (-504002 functions execute fail), one log line per invocation.
 */
export class FunctionHost {
  private pools = new Map<string, Pool>()
  readonly live = new Map<string, Invocation>()

  constructor(private o: HostOptions) {}

  names(): string[] {
    if (!fs.existsSync(this.o.dir)) return []
    return fs
      .readdirSync(this.o.dir)
      .filter((n) => NAME.test(n) && fs.existsSync(path.join(this.o.dir, n, 'index.js')))
  }

  config(name: string): FunctionConfig {
    try {
      return JSON.parse(fs.readFileSync(path.join(this.o.dir, name, 'config.json'), 'utf8'))
    } catch {
      return {}
    }
  }

  async invoke(name: string, event: unknown, caller: Caller): Promise<InvokeResult> {
    const started = Date.now()
    const file = path.join(this.o.dir, name, 'index.js')
    if (!NAME.test(name) || !fs.existsSync(file)) {
      return this.done(name, event, caller, started, {
        ok: false,
        status: 404,
        code: 'FUNCTION_NOT_FOUND',
        errCode: -501000,
        message: `[ResourceNotFound.Function] 未找到指定的云函数：${name}`,
        ms: 0,
      })
    }
    const config = this.config(name)
    const id = crypto.randomUUID()
    this.live.set(id, { id, name, caller, config })
    const pool = this.pool(name)
    pool.stamp = fs.statSync(file).mtimeMs
    const timeoutMs = (config.timeout ?? DEFAULT_TIMEOUT_S) * 1000
    const run = await pool.run(
      {
        type: 'invoke',
        id,
        file,
        env: this.envFor(id, caller),
        clear: PER_CALL,
        event,
        context: this.contextFor(id, name, timeoutMs),
      },
      timeoutMs,
    )
    this.live.delete(id)
    return this.done(name, event, caller, started, this.shape(run))
  }

  private shape(run: RunResult): InvokeResult {
    if (run.ok) return { ok: true, result: run.result, ms: 0 }
    const timeout = run.kind === 'timeout'
    return {
      ok: false,
      status: timeout ? 504 : 502,
      code: 'FUNCTIONS_EXECUTE_FAIL',
      errCode: -504002,
      message: `functions execute fail | ${run.message}`,
      ms: 0,
    }
  }

  private done(
    name: string,
    event: unknown,
    caller: Caller,
    started: number,
    r: InvokeResult,
  ): InvokeResult {
    r.ms = Date.now() - started
    const action = (event as { action?: unknown })?.action
    const envelope = r.ok ? (r.result as { ok?: boolean; error?: { code?: string } }) : null
    const outcome = !r.ok
      ? `error ${r.code} (${r.message.slice(0, 300)})`
      : envelope?.ok === false
        ? `error ${envelope.error?.code ?? ''}`.trim()
        : 'ok'
    const who = caller.openid
      ? `openid=${caller.openid}`
      : caller.web
        ? `web=${caller.web.customUserId || 'anonymous'}`
        : caller.source === 'timer'
          ? `timer=${caller.triggerName}`
          : 'openid=-'
    this.o.log(
      `[fn] ${name} ${typeof action === 'string' ? action : '-'} ${who} ${r.ms}ms ${outcome}`,
    )
    return r
  }

  private pool(name: string): Pool {
    let p = this.pools.get(name)
    if (!p) {
      const base: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        NODE_ENV: process.env.NODE_ENV ?? 'development',
        TENCENTCLOUD_RUNENV: 'SCF',
        TENCENTCLOUD_REGION: 'ap-shanghai',
        TENCENTCLOUD_SECRETID: this.o.credential.secretId,
        TENCENTCLOUD_SECRETKEY: this.o.credential.secretKey,
        SCF_NAMESPACE: this.o.env,
        TCB_ENV: this.o.env,
        WX_APPID: this.o.appid,
        SCF_FUNCTIONNAME: name,
        XB_CUSTOM_LOGIN_KEY: this.o.customLoginKey,
        // The templates' configuration, as set in each function's environment on CloudBase.
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            (e): e is [string, string] => e[0].startsWith('XB_TPL_') && e[1] !== undefined,
          ),
        ),
      }
      p = new Pool(this.o.runner, path.join(this.o.dir, name), base, this.o.poolSize)
      this.pools.set(name, p)
    }
    return p
  }

  /** The variables wx-server-sdk reads (getWXContext, endpoint) plus the emulator's own XB_*. */
  private envFor(id: string, caller: Caller): Record<string, string> {
    const env: Record<string, string> = {
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${this.o.tcbUrl()}?inv=${id}` }),
      WX_CONTEXT_KEYS: [
        ...(caller.openid ? ['WX_OPENID', 'WX_APPID', 'WX_UNIONID'] : ['WX_APPID']),
        // A web caller's address is TCB_SOURCE_IP (below), as CloudBase gives HTTP API calls.
        ...(caller.ip && !caller.web ? ['WX_CLIENTIP'] : []),
      ].join(','),
      XB_PUBLISH_URL: this.o.publishUrl(),
    }
    if (this.o.publicUrl) env.XB_PUBLIC_URL = this.o.publicUrl()
    if (caller.openid) env.WX_OPENID = caller.openid
    if (caller.web) {
      // How CloudBase hands an HTTP API caller to a function: no OPENID, the login in TCB_* keys
      // (read by @cloudbase/node-sdk's auth().getUserInfo(): uid, customUserId, isAnonymous).
      const w = caller.web
      env.TCB_CONTEXT_KEYS = 'TCB_UUID,TCB_CUSTOM_USER_ID,TCB_ISANONYMOUS_USER,TCB_SOURCE_IP'
      env.TCB_UUID = w.uid
      env.TCB_CUSTOM_USER_ID = w.customUserId
      env.TCB_ISANONYMOUS_USER = String(w.anonymous)
      env.LOGINTYPE = w.anonymous ? 'ANONYMOUS' : 'CUSTOM'
      if (caller.ip) env.TCB_SOURCE_IP = caller.ip
    }
    if (caller.ip && !caller.web) env.WX_CLIENTIP = caller.ip
    const frozen = this.o.frozenNow()
    if (frozen !== null) env.XB_CLOCK_NOW = String(frozen)
    if (caller.source === 'timer') env.TRIGGER_SRC = 'timer'
    const source = sourceOf(caller)
    if (source) env.TCB_SOURCE = source
    return env
  }

  private contextFor(id: string, name: string, timeoutMs: number): Record<string, unknown> {
    return {
      request_id: id,
      function_name: name,
      function_version: '$LATEST',
      namespace: this.o.env,
      memory_limit_in_mb: 256,
      time_limit_in_ms: timeoutMs,
    }
  }

  /** SIGKILLs the instance running invocation `id` (a test's simulated crash). */
  crash(id: string): void {
    const inv = this.live.get(id)
    if (inv) this.pools.get(inv.name)?.killRunning(id)
  }

  close(): void {
    for (const p of this.pools.values()) p.close()
    this.pools.clear()
  }
}
