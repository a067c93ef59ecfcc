import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * Pages and components talk to stores; only stores (given the services by the RootStore) and the
 * app shell use service code. A page may name a service's types (`import type`), never its code,
 * so UI tests fake services through the RootStore instead of jest.mock.
 */
const root = path.resolve(__dirname, '../../..')
const services = path.join(root, 'src/services')

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return /\.tsx?$/.test(e.name) ? [p] : []
  })
}

/** Where an import specifier points, as a path under the repo (aliases as in tsconfig). */
function target(file: string, spec: string): string {
  if (spec.startsWith('@/')) return path.join(root, 'src', spec.slice(2))
  if (spec.startsWith('.')) return path.resolve(path.dirname(file), spec)
  return spec
}

/** The value (non-type) imports and re-exports of `file` that reach into src/services. */
export function serviceCodeImports(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const check = (spec: ts.Expression | undefined, typeOnly: boolean) => {
    if (!spec || !ts.isStringLiteral(spec) || typeOnly) return
    const t = target(file, spec.text)
    if (t === services || t.startsWith(services + path.sep)) found.push(spec.text)
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const c = node.importClause
      const named = c?.namedBindings
      const allTypes =
        !!c &&
        (c.isTypeOnly ||
          (!c.name &&
            !!named &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)))
      check(node.moduleSpecifier, allTypes)
    } else if (ts.isExportDeclaration(node)) {
      check(node.moduleSpecifier, node.isTypeOnly)
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      check(node.arguments[0], false)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

const ui = [...sources(path.join(root, 'src/pages')), ...sources(path.join(root, 'src/components'))]

test('no page or component imports service code (types only)', () => {
  const offenders = ui.flatMap((f) =>
    serviceCodeImports(f).map((s) => `${path.relative(root, f)} imports ${s}`),
  )
  expect(offenders).toEqual([])
})

describe('what counts as importing service code', () => {
  const page = path.join(root, 'src/pages/resident/report/index.tsx')
  it.each([
    ["import { compressPhoto } from '@/services/photos'", ['@/services/photos']],
    [
      "import { pickPhotos } from '../../../services/photos/pick'",
      ['../../../services/photos/pick'],
    ],
    ["import * as keeper from '@/services/keep'", ['@/services/keep']],
    ["import '@/services/cloud'", ['@/services/cloud']],
    ["export { cloud } from '@/services/cloud'", ['@/services/cloud']],
    ["const m = import('@/services/photos')", ['@/services/photos']],
    ["import { type CloudClient, cloud } from '@/services/cloud'", ['@/services/cloud']],
    ["import type { CloudClient } from '@/services/cloud/types'", []],
    ["import { type PhotoService } from '@/services/photos/types'", []],
    ["export type { CloudClient } from '@/services/cloud'", []],
    ["import { useStores } from '@/stores/context'", []],
    ["import { servicesHelp } from '@/components/services-help'", []],
  ])('%s', (code, expected) => {
    expect(serviceCodeImports(page, code)).toEqual(expected)
  })
})
