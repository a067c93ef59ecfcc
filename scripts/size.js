#!/usr/bin/env node
/**
 * `npm run size`: bytes of the main package, each subpackage and the whole of dist/weapp, against
 * the budgets in ../shared/DESIGN.md (main ≤ 500 KB, subpackage ≤ 400 KB, total ≤ 2 MB).
 * WeChat counts a subpackage as everything under its root; the main package is the rest.
 */
const fs = require('node:fs')
const path = require('node:path')

const KB = 1024
const BUDGET = { main: 500 * KB, sub: 400 * KB, total: 2048 * KB }
/**
 * Subpackages allowed more than `sub` (WeChat's own limit is 2 MB each), with why: 数据看板 carries
 * the chart library (AntV F2 and its renderer, ~450 KB minified) and is its own subpackage so the
 * office's everyday pages stay light.
 */
const SUB_BUDGET = { 'pages/figures': 700 * KB }
const dist = path.resolve(__dirname, '..', process.argv[2] || 'dist/weapp')

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name)
    return d.isDirectory() ? filesUnder(p) : [p]
  })
}

// Source maps and licence notes are not uploaded with the package.
const counted = (f) => !f.endsWith('.map') && !f.endsWith('.LICENSE.txt')

function measure() {
  if (!fs.existsSync(path.join(dist, 'app.json'))) {
    throw new Error(`${dist}/app.json not found: run \`npm run build:weapp\` first`)
  }
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const roots = (app.subPackages || app.subpackages || []).map((s) => s.root.replace(/\/$/, ''))
  const sizes = { main: 0, subs: Object.fromEntries(roots.map((r) => [r, 0])), total: 0 }
  for (const file of filesUnder(dist).filter(counted)) {
    const rel = path.relative(dist, file).split(path.sep).join('/')
    const bytes = fs.statSync(file).size
    const root = roots.find((r) => rel.startsWith(r + '/'))
    if (root) sizes.subs[root] += bytes
    else sizes.main += bytes
    sizes.total += bytes
  }
  return sizes
}

function row(name, bytes, budget) {
  const ok = bytes <= budget
  const line = `${name.padEnd(22)} ${(bytes / KB).toFixed(1).padStart(8)} KB  / ${budget / KB} KB  ${ok ? 'ok' : 'OVER BUDGET'}`
  console.log(line)
  return ok
}

function main() {
  const s = measure()
  console.log(`package sizes of ${path.relative(process.cwd(), dist) || dist}`)
  let ok = row('main package', s.main, BUDGET.main)
  for (const [root, bytes] of Object.entries(s.subs)) ok = row(root, bytes, SUB_BUDGET[root] ?? BUDGET.sub) && ok
  ok = row('total', s.total, BUDGET.total) && ok
  if (!ok) {
    console.error('size budget exceeded')
    process.exit(1)
  }
}

if (require.main === module) main()
module.exports = { measure, BUDGET, SUB_BUDGET }
