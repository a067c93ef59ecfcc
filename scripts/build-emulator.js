#!/usr/bin/env node
/**
 * Bundles the local CloudBase (emulator/src) into emulator/dist: main.js (the server) and
 * worker-runner.js (one warm function instance). npm packages stay external: they are loaded
 * from node_modules, pinned in package-lock.json.
 */
const path = require('node:path')
const esbuild = require('esbuild')

const root = path.resolve(__dirname, '..')

esbuild
  .build({
    entryPoints: {
      main: path.join(root, 'emulator/src/main.ts'),
      'worker-runner': path.join(root, 'emulator/src/worker-runner.ts'),
    },
    outdir: path.join(root, 'emulator/dist'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  })
  .then(() => console.log('emulator built: emulator/dist/main.js'))
  .catch((err) => {
    console.error(err)
    process.exit(1)
  })
