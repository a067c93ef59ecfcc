/**
 * One warm function instance: a child process that loads a cloud function's bundled index.js
 * once and runs one invocation at a time, with that invocation's environment (the caller's
 * WX_OPENID etc.) set in process.env just before `main` runs — where wx-server-sdk reads it.
 */
interface InvokeMessage {
  type: 'invoke'
  id: string
  file: string
  env: Record<string, string>
  clear: string[]
  event: unknown
  context: Record<string, unknown>
}

function send(msg: unknown): void {
  if (process.send) process.send(msg)
}

function describeError(err: unknown): { message: string; stack?: string } {
  const e = err as { message?: string; stack?: string; errMsg?: string }
  return { message: String(e?.message ?? e?.errMsg ?? err), stack: e?.stack }
}

process.on('message', async (msg: InvokeMessage) => {
  if (!msg || msg.type !== 'invoke') return
  for (const key of msg.clear) delete process.env[key]
  Object.assign(process.env, msg.env)
  let result: unknown
  try {
    const mod = require(msg.file)
    const main = mod.main ?? mod.default?.main
    if (typeof main !== 'function') throw new Error(`${msg.file} does not export main`)
    send({ type: 'started', id: msg.id }) // loaded: the call's timeout starts now
    result = await main(msg.event, msg.context)
  } catch (err) {
    return send({ type: 'result', id: msg.id, ok: false, error: describeError(err) })
  }
  try {
    send({ type: 'result', id: msg.id, ok: true, result: result === undefined ? null : result })
  } catch (err) {
    // The IPC channel serializes with JSON.stringify: a result nested too deep (or a BigInt, a
    // cycle) throws here, before anything is written. The call fails; the instance lives on.
    const message = `the function's result cannot be returned: ${describeError(err).message}`
    send({ type: 'result', id: msg.id, ok: false, error: { message } })
  }
})

// As on SCF, an uncaught error kills the instance; the host reports the invocation as failed.
const die = (err: unknown) => {
  send({ type: 'crash', error: describeError(err) })
  process.exit(1)
}
process.on('uncaughtException', die)
process.on('unhandledRejection', die)
send({ type: 'ready' })
