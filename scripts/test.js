#!/usr/bin/env node
/**
 * `npm test`: builds what the test projects need (cloud functions, the emulator, dist/weapp for
 * mp, dist/h5 for e2e), then runs every jest project and ends with one line
 * `tests: N passed, M failed` taken from jest's own results. Extra arguments go to jest.
 * SKIP_BUILD=1 reuses existing builds (for quick local runs).
 */
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const results = path.join(root, 'test-output', 'jest-results.json')

function run(cmd, args, env = {}) {
  console.log(`\n> ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status ?? 1
}

function build() {
  const steps = [
    ['node', ['scripts/build-cloud.js']],
    fs.existsSync(path.join(root, 'scripts/build-emulator.js')) && [
      'node',
      ['scripts/build-emulator.js'],
    ],
    ['npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production' }],
    ['npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' }],
  ].filter(Boolean)
  for (const [cmd, args, env] of steps) {
    if (run(cmd, args, env) !== 0) {
      console.error(`build step failed: ${cmd} ${args.join(' ')}`)
      console.log('tests: 0 passed, 1 failed')
      process.exit(1)
    }
  }
}

function summary() {
  if (!fs.existsSync(results)) return { passed: 0, failed: 1 }
  const r = JSON.parse(fs.readFileSync(results, 'utf8'))
  // A suite that failed to load has no test results: count it as a failure.
  const brokenSuites = r.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenSuites }
}

if (!process.env.SKIP_BUILD) build()
fs.mkdirSync(path.dirname(results), { recursive: true })
fs.rmSync(results, { force: true })
const code = run('npx', ['jest', '--json', `--outputFile=${results}`, ...process.argv.slice(2)])
const { passed, failed } = summary()
console.log(`\ntests: ${passed} passed, ${failed} failed`)
process.exit(code !== 0 || failed > 0 ? 1 : 0)
