#!/usr/bin/env node
/**
 * Bundles each cloudfunctions/<fn>/src/index.ts, with the shared code it imports, into a
 * self-contained cloudfunctions/<fn>/index.js (what CloudBase deploys). The function's own
 * package.json dependencies (wx-server-sdk; exceljs for grid) stay external: they are installed,
 * pinned, on the platform (云端安装依赖), and in the emulator resolve from the repo's node_modules.
 */
const fs = require('node:fs')
const path = require('node:path')
const esbuild = require('esbuild')

const root = path.resolve(__dirname, '..')
const fnRoot = path.join(root, 'cloudfunctions')

function functionNames() {
  return fs
    .readdirSync(fnRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(fnRoot, d.name, 'src', 'index.ts')))
    .map((d) => d.name)
}

async function buildOne(name) {
  const dir = path.join(fnRoot, name)
  await esbuild.build({
    entryPoints: [path.join(dir, 'src', 'index.ts')],
    outfile: path.join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // CloudBase's Node.js 16 runtime is the oldest we deploy to.
    target: 'node16',
    // What the function's package.json lists is installed on the platform, not bundled.
    external: Object.keys(
      JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies ?? {},
    ),
    tsconfig: path.join(root, 'tsconfig.json'),
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: `// Built by scripts/build-cloud.js from src/ — do not edit.` },
  })
  const bytes = fs.statSync(path.join(dir, 'index.js')).size
  console.log(`cloud function ${name.padEnd(12)} ${(bytes / 1024).toFixed(1)} KB`)
}

async function main() {
  const only = process.argv.slice(2)
  const names = only.length ? only : functionNames()
  for (const name of names) await buildOne(name)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
