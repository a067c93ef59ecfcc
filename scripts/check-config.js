#!/usr/bin/env node
/**
 * `npm run check:config [-- --production]`: says what configuration is missing or invalid before
 * a deploy (README, 配置). Reads `.env`, `.env.production`, `.env.local` and the environment
 * (later wins) — the build's `TARO_APP_…` and the functions' `XB_…` (set the same values in each
 * function's environment on CloudBase). The subscribe templates and their field types come from
 * emulator/templates.json (the unit tests hold src/shared/subscribe.ts to it). In production mode
 * (`--production` or NODE_ENV=production) any problem exits 1; otherwise they are warnings.
 */
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production'

function readEnvFile(name) {
  const file = path.join(root, name)
  if (!fs.existsSync(file)) return {}
  return Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#') && l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]),
  )
}
const env = {
  ...readEnvFile('.env'),
  ...readEnvFile('.env.production'),
  ...readEnvFile('.env.local'),
  ...process.env,
}

const problems = []
const ok = []
const need = (name, why) => {
  if (!env[name]) problems.push(`${name}: missing — ${why}`)
  else ok.push(`${name} = ${env[name]}`)
  return env[name]
}

need('TARO_APP_CLOUD_ENV', 'the CloudBase environment id the weapp and H5 builds call')
const publicUrl = need('XB_PUBLIC_URL', 'where the H5 build is served (certificate QR codes)')
if (publicUrl && !/^https:\/\/[^\s/]+/.test(publicUrl))
  problems.push(`XB_PUBLIC_URL: "${publicUrl}" is not an https:// address`)

const templates = JSON.parse(fs.readFileSync(path.join(root, 'emulator', 'templates.json'), 'utf8'))
// time and date take the same values (a date with an optional 24h time)
const TYPE = (key) => key.replace(/\d+$/, '').replace(/^date$/, 'time')
for (const [standIn, tpl] of Object.entries(templates)) {
  if (standIn.startsWith('$')) continue
  const fnVar = `XB_${standIn}` // XB_TPL_REPORT_STATUS
  const appVar = `TARO_APP_${standIn}` // TARO_APP_TPL_REPORT_STATUS
  const id = need(fnVar, `the id of the 「${tpl.title}」 template (公众平台 → 订阅消息)`)
  if (id && id === standIn) problems.push(`${fnVar}: still the emulator's stand-in "${standIn}"`)
  else if (id && !/^[A-Za-z0-9_-]{20,64}$/.test(id))
    problems.push(`${fnVar}: "${id}" does not look like a WeChat template id`)
  const appId = need(appVar, `the same id, for the app's requestSubscribeMessage`)
  if (id && appId && id !== appId)
    problems.push(
      `${appVar}: "${appId}" differs from ${fnVar} "${id}" — the app would ask for a template the server never sends`,
    )
  // 长期订阅: the functions keep the grant, the app stops asking; both must say the same.
  const long = [fnVar, appVar].map((v) => (env[`${v}_LONG`] || '').trim())
  if (long[0] !== long[1])
    problems.push(
      `${appVar}_LONG: "${long[1]}" differs from ${fnVar}_LONG "${long[0]}" — set both to 1 for a long-term template, or neither`,
    )
  else if (long[0] === '1') ok.push(`${fnVar}_LONG = 1 (长期订阅)`)
  const spec = (env[`${fnVar}_FIELDS`] || '').trim()
  if (!spec) continue
  for (const pair of spec.split(',')) {
    const [ours, theirs] = pair.split('=').map((s) => (s || '').trim())
    if (!(ours in tpl.fields))
      problems.push(
        `${fnVar}_FIELDS: "${ours}" is not one of ${Object.keys(tpl.fields).join(', ')}`,
      )
    else if (!theirs || TYPE(theirs) !== TYPE(ours))
      problems.push(
        `${fnVar}_FIELDS: ${ours} must map to a ${tpl.fields[ours]}N keyword, not "${theirs || ''}"`,
      )
  }
  ok.push(`${fnVar}_FIELDS = ${spec}`)
}

console.log(`configuration check (${production ? 'production' : 'development'})`)
for (const line of ok) console.log(`  ok       ${line}`)
for (const line of problems) console.log(`  ${production ? 'MISSING ' : 'warning '} ${line}`)
if (!problems.length) console.log('all set')
else if (production) {
  console.log(`${problems.length} problem(s): fix them before deploying (README, 配置)`)
  process.exit(1)
} else console.log(`${problems.length} warning(s); in production mode these fail (--production)`)
