#!/usr/bin/env node
/** `npm run reset`: empties the emulator's data folder (DATA_DIR, default .data/); the next start re-seeds 海北街道. */
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const dir = path.resolve(root, process.env.DATA_DIR || '.data')
if (dir === root || (!dir.startsWith(root + path.sep) && !process.env.DATA_DIR)) {
  console.error(`refusing to delete ${dir}`)
  process.exit(1)
}
fs.rmSync(dir, { recursive: true, force: true })
console.log(`emptied ${dir}; the next \`npm start\` seeds the demo street again`)
