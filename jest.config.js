/**
 * `npm test` runs every project; scripts/test.js builds what they need first.
 * unit · ui · mp (compiled dist/weapp in miniprogram-simulate) · cloud (functions on the emulator)
 * · e2e (the H5 build in Chromium).
 */
const fs = require('node:fs')
const path = require('node:path')

const projects = ['unit', 'ui', 'mp', 'cloud', 'e2e']
  .map((p) => path.join(__dirname, 'test', p, 'jest.config.js'))
  .filter((p) => fs.existsSync(p))

module.exports = { projects }
