import fs from 'node:fs'
import path from 'node:path'

/**
 * Taro replaces `process.env.TARO_APP_X` at build time only when `.env` declares X; an undeclared
 * one stays in the H5 bundle as `process.env…`, and the app dies at start with "process is not
 * defined" (it happened when a template id was added to src and not to .env).
 */
const ROOT = path.resolve(__dirname, '../../..')

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return /\.(ts|tsx)$/.test(e.name) ? [p] : []
  })
}

test('every TARO_APP_ variable the app reads is declared in .env', () => {
  const declared = new Set(
    [...fs.readFileSync(path.join(ROOT, '.env'), 'utf8').matchAll(/^(TARO_APP_\w+)=/gm)].map(
      (m) => m[1],
    ),
  )
  const used = new Set<string>()
  for (const file of sources(path.join(ROOT, 'src'))) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/process\.env\.(TARO_APP_\w+)/g))
      used.add(m[1])
  }
  expect(used.size).toBeGreaterThan(3)
  expect([...used].filter((v) => !declared.has(v))).toEqual([])
})
