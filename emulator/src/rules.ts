import fs from 'node:fs'

/**
 * CloudBase security rules (cloudbase/*.rules.json), evaluated the way the platform documents
 * them: a JSON object whose keys are operations and whose values are `true`/`false` or a
 * JavaScript-like expression over `auth`, `resource` (storage), `doc` (database) and `now`, with
 * `== != < > <= >= in && || !`, literals and member access. A missing operation denies.
 * Anything else in an expression (function calls such as get(), templates) fails at load time,
 * so a rules file the emulator can't judge is never silently half-enforced.
 */
export type Rule = boolean | string
export type RuleSet = Record<string, Rule>
export interface Auth {
  openid?: string
  uid?: string
  loginType: string
}
type Vars = Record<string, unknown>
type Node = (vars: Vars) => unknown

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|'([^'\\]*)'|"([^"\\]*)"|([A-Za-z_$][\w$]*)|(===|!==|==|!=|<=|>=|&&|\|\||[<>!().[\],]))/y

function tokenize(src: string): string[] {
  const out: string[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break
    const at = TOKEN.lastIndex
    const m = TOKEN.exec(src)
    if (!m) throw new Error(`rule: cannot read "${src.slice(at, at + 20)}" in: ${src}`)
    out.push(m[0].trim())
  }
  return out
}

const loose = (a: unknown, b: unknown) => a === b || (a == null && b == null)
const COMPARE: Record<string, (a: unknown, b: unknown) => boolean> = {
  '==': loose,
  '===': loose,
  '!=': (a, b) => !loose(a, b),
  '!==': (a, b) => !loose(a, b),
  '<': (a, b) => typeof a === typeof b && (a as number) < (b as number),
  '>': (a, b) => typeof a === typeof b && (a as number) > (b as number),
  '<=': (a, b) => typeof a === typeof b && (a as number) <= (b as number),
  '>=': (a, b) => typeof a === typeof b && (a as number) >= (b as number),
  in: (a, b) => Array.isArray(b) && b.some((x) => loose(x, a)),
}

/** Member access that never reaches the prototype (`auth.constructor` is undefined). */
function member(o: unknown, key: unknown): unknown {
  if (o === null || typeof o !== 'object') return undefined
  return Object.prototype.hasOwnProperty.call(o, String(key))
    ? (o as Record<string, unknown>)[String(key)]
    : undefined
}

/** Compiles one expression into a function of its variables. */
export function compile(src: string): Node {
  const t = tokenize(src)
  let i = 0
  const peek = () => t[i]
  const eat = (s?: string) => {
    const tok = t[i++]
    if (tok === undefined || (s !== undefined && tok !== s))
      throw new Error(`rule: expected ${s ?? 'more'} in: ${src}`)
    return tok
  }
  /** A left-to-right run of `op` over what `next` parses; the right side runs only when needed. */
  const chain = (op: '||' | '&&', next: () => Node) => (): Node => {
    let left = next()
    while (peek() === op) {
      eat()
      const [l, r] = [left, next()]
      left = op === '||' ? (v) => !!l(v) || !!r(v) : (v) => !!l(v) && !!r(v)
    }
    return left
  }
  const and = chain('&&', () => not())
  const or = chain('||', and)
  const not = (): Node => {
    if (peek() !== '!') return cmp()
    eat()
    const inner = not()
    return (v) => !inner(v)
  }
  const cmp = (): Node => {
    const left = primary()
    const op = peek()
    if (!op || !(op in COMPARE)) return left
    eat()
    const right = primary()
    return (v) => COMPARE[op](left(v), right(v))
  }
  const primary = (): Node => {
    const tok = eat()
    let node: Node
    if (tok === '(') {
      node = or()
      eat(')')
    } else if (tok === '[') {
      const items: Node[] = []
      while (peek() !== ']') {
        items.push(or())
        if (peek() === ',') eat()
      }
      eat(']')
      node = (v) => items.map((n) => n(v))
    } else if (/^\d/.test(tok)) node = () => Number(tok)
    else if (/^['"]/.test(tok)) node = () => tok.slice(1, -1)
    else if (tok === 'true' || tok === 'false') node = () => tok === 'true'
    else if (tok === 'null') node = () => null
    else if (tok === 'undefined') node = () => undefined
    else if (/^[A-Za-z_$]/.test(tok)) node = (v) => member(v, tok)
    else throw new Error(`rule: unexpected "${tok}" in: ${src}`)
    for (;;) {
      if (peek() === '.') {
        eat()
        const key = eat()
        const base = node
        node = (v) => member(base(v), key)
      } else if (peek() === '[') {
        eat()
        const [base, key] = [node, or()]
        eat(']')
        node = (v) => member(base(v), key(v))
      } else if (peek() === '(') throw new Error(`rule: function calls are not supported: ${src}`)
      else return node
    }
  }
  const node = or()
  if (i !== t.length) throw new Error(`rule: unexpected "${t[i]}" in: ${src}`)
  return node
}

/** One set of rules (a bucket's, or a collection's), compiled once. */
export class CompiledRules {
  private readonly ops = new Map<string, Node>()
  constructor(set: RuleSet) {
    for (const [op, rule] of Object.entries(set)) {
      if (typeof rule === 'boolean') this.ops.set(op, () => rule)
      else if (typeof rule === 'string') this.ops.set(op, compile(rule))
      else throw new Error(`rule for ${op} must be a boolean or an expression`)
    }
  }
  /** Database create/update/delete fall back to `write`, as CloudBase documents. */
  allows(op: string, vars: Vars): boolean {
    const node = this.ops.get(op) ?? (op !== 'read' ? this.ops.get('write') : undefined)
    try {
      return !!node?.({ now: Date.now(), ...vars })
    } catch {
      return false
    }
  }
}

/** The storage bucket's rules and each collection's (`*` for every collection not named). */
export class SecurityRules {
  readonly storage: CompiledRules
  private readonly collections: Map<string, CompiledRules>
  constructor(storage: RuleSet, database: Record<string, RuleSet>) {
    this.storage = new CompiledRules(storage)
    this.collections = new Map(
      Object.entries(database).map(([name, set]) => [name, new CompiledRules(set)]),
    )
  }
  static load(storageFile: string, databaseFile: string): SecurityRules {
    const read = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8'))
    return new SecurityRules(read(storageFile), read(databaseFile))
  }
  /** A client's access to a file: `resource` is the file as stored (for a new one: its uploader). */
  file(op: 'read' | 'write', auth: Auth | null, resource: { openid: string; path: string }) {
    return this.storage.allows(op, { auth, resource })
  }
  /** A client's database access: `doc` is the query's conditions (CloudBase judges the query). */
  database(collection: string, op: string, auth: Auth | null, doc: Record<string, unknown>) {
    const rules = this.collections.get(collection) ?? this.collections.get('*')
    return !!rules?.allows(op, { auth, doc })
  }
}
