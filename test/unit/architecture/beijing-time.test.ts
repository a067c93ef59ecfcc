import fs from 'node:fs'
import path from 'node:path'

/**
 * DESIGN.md: dates go through the Beijing-time helper (src/shared/time), never `+8 h` by hand nor
 * a slice of a UTC ISO string — each such place once showed the UTC day or hour.
 */
const root = path.resolve(__dirname, '../../..')
const HAND_MADE: Array<[RegExp, string]> = [
  [/8 \* 3_?600_?000|8 \* 3600 \* 1000|8 \* 60 \* 60|28_?800/, '+8 h by hand'],
  [/toISOString\(\)\.slice/, 'a slice of a UTC ISO string'],
  [/(At|deadline)\.slice\(/, 'a slice of a UTC ISO string'],
  [
    /getUTC(FullYear|Month|Date|Day|Hours)|toLocale(Date|Time)?String/,
    'device or UTC calendar fields',
  ],
]

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name)
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : sources(p)
    return /\.tsx?$/.test(d.name) ? [p] : []
  })
}

test('no date arithmetic or formatting outside src/shared/time', () => {
  const fnSrc = fs
    .readdirSync(path.join(root, 'cloudfunctions'))
    .map((f) => path.join(root, 'cloudfunctions', f, 'src'))
    .filter((d) => fs.existsSync(d))
  const files = [path.join(root, 'src'), ...fnSrc].flatMap(sources)
  const found = files
    .filter((f) => !f.includes(`${path.sep}shared${path.sep}time${path.sep}`))
    .flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8')
      return HAND_MADE.filter(([re]) => re.test(text)).map(
        ([, what]) => `${path.relative(root, f)}: ${what}`,
      )
    })
  expect(found).toEqual([])
})
