#!/usr/bin/env node
/**
 * Writes project.private.config.json (git-ignored) with the appid from .env.local (WX_APPID), so
 * WeChat DevTools uses the real appid while project.config.json stays free of it.
 */
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const envFile = path.join(root, '.env.local')
const env = fs.existsSync(envFile)
  ? Object.fromEntries(
      fs
        .readFileSync(envFile, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#') && l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]),
    )
  : {}

if (!env.WX_APPID) {
  console.error('WX_APPID is missing: add `WX_APPID=wx…` to .env.local (see README).')
  process.exit(1)
}
const out = { appid: env.WX_APPID, projectname: 'guanjia-xiaobei', setting: {} }
fs.writeFileSync(
  path.join(root, 'project.private.config.json'),
  JSON.stringify(out, null, 2) + '\n',
)
console.log(`project.private.config.json: appid ${env.WX_APPID}`)
