import { spawnSync } from 'node:child_process'
import path from 'node:path'

/**
 * The layering rules of DESIGN.md, checked through the project's own ESLint config. ESLint loads
 * its flat config with a dynamic import that jest's VM cannot run, so one child Node process lints
 * every case and reports which were refused.
 */
const root = path.resolve(__dirname, '../../..')

const refused: [string, string][] = [
  ['src/pages/worker/inbox/x.ts', "import '../../office/console'"],
  ['src/pages/office/console/x.ts', "import '@/pages/resident/report'"],
  ['src/pages/resident/report/x.ts', "import '../../worker/inbox'"],
  ['src/pages/home/x.ts', "import '@/server/router'"],
  ['src/pages/home/x.ts', "import '@server/router'"],
  ['src/shared/x.ts', "import '@server/db'"],
  ['src/stores/x.ts', "import '../server/router'"],
  ['src/shared/x.ts', "import '@tarojs/taro'"],
  ['src/shared/x.ts', "import '../stores/RootStore'"],
  ['src/server/x.ts', "import '../stores/RootStore'"],
]
const allowed: [string, string][] = [
  ['src/pages/worker/inbox/x.ts', "import '@/components/EntryTile'"],
  ['src/pages/resident/report/x.ts', "import '@shared/errors'"],
  ['src/server/x.ts', "import '../shared/errors'"],
]

const script = `
const { ESLint } = require('eslint')
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'))
;(async () => {
  const eslint = new ESLint({ cwd: ${JSON.stringify(root)} })
  const out = []
  for (const [file, code] of cases) {
    const [r] = await eslint.lintText(code, { filePath: require('path').join(${JSON.stringify(root)}, file) })
    out.push(r.messages.some((m) => m.ruleId === 'no-restricted-imports'))
  }
  console.log(JSON.stringify(out))
})()`

let verdicts: boolean[] = []
beforeAll(() => {
  const r = spawnSync('node', ['-e', script], {
    cwd: root,
    input: JSON.stringify([...refused, ...allowed]),
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(r.stderr)
  verdicts = JSON.parse(r.stdout.trim().split('\n').pop() as string)
}, 60000)

describe('import boundaries', () => {
  it.each(refused.map((c, i) => [...c, i] as const))('%s may not %s', (_f, _c, i) => {
    expect(verdicts[i]).toBe(true)
  })
  it.each(allowed.map((c, i) => [...c, refused.length + i] as const))('%s may %s', (_f, _c, i) => {
    expect(verdicts[i]).toBe(false)
  })
})
