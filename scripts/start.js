#!/usr/bin/env node
/**
 * `npm start`: builds the cloud functions, the emulator and the H5 app, then runs the local
 * CloudBase emulator (functions + embedded database + gateway + demo data), which also serves
 * dist/h5, on PORT (default 10086). SKIP_BUILD=1 reuses existing builds.
 */
const { spawnSync, spawn } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const port = process.env.PORT || '10086'

function step(cmd, args, env = {}) {
  console.log(`> ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (r.status !== 0) {
    console.error(`启动失败：${cmd} ${args.join(' ')} exited with ${r.status}`)
    process.exit(1)
  }
}

const hasEmulator = fs.existsSync(path.join(root, 'scripts', 'build-emulator.js'))
if (!process.env.SKIP_BUILD) {
  step('node', ['scripts/build-cloud.js'])
  if (hasEmulator) step('node', ['scripts/build-emulator.js'])
  step('npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' })
}

if (hasEmulator) {
  const child = spawn('node', ['emulator/dist/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  })
  const stop = () => child.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  // Until the local cloud exists, serve the app alone.
  require('./serve-static.js').serveStatic(path.join(root, 'dist', 'h5'), Number(port))
  console.log(`管家小北 H5: http://127.0.0.1:${port}/`)
}
