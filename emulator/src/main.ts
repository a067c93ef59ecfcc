/**
 * The local CloudBase: one HTTP server on PORT that is the TCB endpoint for wx-server-sdk
 * (/tcb, /__upload), the H5 gateway (/api, /files), the emulator's test hooks (/__emulator)
 * and the static H5 app. Started by `npm start`; see README "The local cloud".
 */
import http from 'node:http'
import { loadConfig } from './config'
import { openEmulator } from './open'
import { route } from './routes'

async function main(): Promise<void> {
  const config = loadConfig(process.env)
  const emu = await openEmulator(config)
  const server = http.createServer((req, res) => void route(emu, req, res))
  server.keepAliveTimeout = 65_000
  server.listen(config.port, config.host, () => {
    const url = `http://127.0.0.1:${config.port}/`
    emu.ctx.log(`[emulator] 管家小北 local cloud ready on ${url} (data: ${config.dataDir})`)
    emu.ctx.log(
      `[emulator] open ${url} and sign in with a demo identity on 我的 (居民 / 网格员 / 物业 / 街道)`,
    )
  })
  const stop = (signal: string) => {
    emu.ctx.log(`[emulator] ${signal}: shutting down`)
    emu.close()
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 2000).unref()
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((err) => {
  console.error('[emulator] failed to start:', err)
  process.exit(1)
})
