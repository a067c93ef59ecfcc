import { fork, type ChildProcess } from 'node:child_process'

export type RunResult =
  | { ok: true; result: unknown }
  | { ok: false; kind: 'error' | 'crash' | 'timeout'; message: string }

/** How long a new instance may take to load its function before the first call fails. */
export const INIT_TIMEOUT_MS = 60_000

interface Job {
  msg: Record<string, unknown>
  timeoutMs: number
  resolve: (r: RunResult) => void
}

interface Worker {
  child: ChildProcess
  busy: boolean
  stamp: number
  /** The invocation it runs, while busy. */
  jobId?: unknown
}

/**
 * Warm instances of one function: grows on demand up to `max`, one invocation per instance at a
 * time, the rest queue. A timed-out or crashed instance is killed and replaced lazily. When the
 * bundle changes on disk (`stamp`), old instances retire so the next call loads the new code.
 */
export class Pool {
  private workers: Worker[] = []
  private queue: Job[] = []
  stamp = 0

  constructor(
    private runner: string,
    private cwd: string,
    private baseEnv: Record<string, string>,
    private max: number,
  ) {}

  run(msg: Record<string, unknown>, timeoutMs: number): Promise<RunResult> {
    return new Promise((resolve) => {
      this.queue.push({ msg, timeoutMs, resolve })
      this.pump()
    })
  }

  private pump(): void {
    while (this.queue.length) {
      let w = this.workers.find((x) => !x.busy && x.stamp === this.stamp)
      if (!w) {
        this.retireStale()
        if (this.workers.length >= this.max) return
        w = this.spawn()
      }
      this.exec(w, this.queue.shift()!)
    }
  }

  private spawn(): Worker {
    const child = fork(this.runner, [], {
      cwd: this.cwd,
      env: this.baseEnv as NodeJS.ProcessEnv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'json',
    })
    const w: Worker = { child, busy: false, stamp: this.stamp }
    child.on('exit', () => this.drop(w))
    child.on('error', () => this.drop(w))
    this.workers.push(w)
    return w
  }

  private drop(w: Worker): void {
    this.workers = this.workers.filter((x) => x !== w)
    setImmediate(() => this.pump())
  }

  private retireStale(): void {
    for (const w of this.workers) if (!w.busy && w.stamp !== this.stamp) this.kill(w)
  }

  private kill(w: Worker): void {
    this.workers = this.workers.filter((x) => x !== w)
    w.child.kill('SIGKILL')
  }

  /** Kills the instance running invocation `id`, as a crash would: its call fails as crashed. */
  killRunning(id: string): void {
    const w = this.workers.find((x) => x.busy && x.jobId === id)
    if (w) w.child.kill('SIGKILL')
  }

  private exec(w: Worker, job: Job): void {
    w.busy = true
    w.jobId = job.msg.id
    const finish = (r: RunResult, keep: boolean) => {
      clearTimeout(timer)
      w.child.off('message', onMessage)
      w.child.off('exit', onExit)
      w.busy = false
      if (!keep) this.kill(w)
      job.resolve(r)
      this.pump()
    }
    const onMessage = (m: {
      type: string
      id?: string
      ok?: boolean
      result?: unknown
      error?: { message: string; stack?: string }
    }) => {
      if (m.type === 'started' && m.id === job.msg.id) {
        clearTimeout(timer)
        timer = setTimeout(timedOut, job.timeoutMs)
      } else if (m.type === 'result' && m.id === job.msg.id) {
        if (m.ok) finish({ ok: true, result: m.result }, true)
        else
          finish(
            { ok: false, kind: 'error', message: m.error?.stack ?? m.error?.message ?? 'error' },
            true,
          )
      } else if (m.type === 'crash')
        finish(
          { ok: false, kind: 'crash', message: m.error?.stack ?? m.error?.message ?? 'crashed' },
          false,
        )
    }
    const onExit = (code: number | null) =>
      finish(
        { ok: false, kind: 'crash', message: `function instance exited with code ${code}` },
        false,
      )
    const timedOut = () =>
      finish(
        {
          ok: false,
          kind: 'timeout',
          message: `Task timed out after ${(job.timeoutMs / 1000).toFixed(2)} seconds`,
        },
        false,
      )
    // The call's timeout starts once the instance has loaded the function ('started'): as on
    // SCF, initialization (node booting, requiring wx-server-sdk — seconds on a busy machine)
    // has its own, longer limit.
    let timer = setTimeout(
      () =>
        finish(
          {
            ok: false,
            kind: 'timeout',
            message: `Instance initialization timed out after ${INIT_TIMEOUT_MS / 1000} seconds`,
          },
          false,
        ),
      INIT_TIMEOUT_MS,
    )
    w.child.on('message', onMessage)
    w.child.on('exit', onExit)
    try {
      w.child.send(job.msg)
    } catch (err) {
      // An event the IPC channel cannot serialize (JSON.stringify: too deep) fails this call
      // only; thrown from here it would escape a timer callback and end the emulator.
      finish({ ok: false, kind: 'error', message: `event not sendable: ${String(err)}` }, true)
    }
  }

  close(): void {
    for (const w of [...this.workers]) this.kill(w)
    for (const job of this.queue.splice(0))
      job.resolve({ ok: false, kind: 'crash', message: 'emulator shutting down' })
  }
}
