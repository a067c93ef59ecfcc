import fc from 'fast-check'

/**
 * Hostile values for payload fields: wrong types, query operators (an attacker hoping a value
 * reaches a database filter unchecked), prototype keys, numbers at and past the edges, strings
 * that break naive code (lone surrogates, NUL, right-to-left marks, path tricks), big and deeply
 * nested structures.
 */

/** An object with exactly these own keys — `__proto__` included as a plain key, as JSON has it. */
export function objectOf(entries: Array<[string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  for (const [k, v] of entries)
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
  return o
}

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf']

const operators = fc.constantFrom<unknown>(
  { $ne: null },
  { $gt: '' },
  { $gte: 0 },
  { $regex: '.*' },
  { $exists: true },
  { $in: [] },
  { $nin: [''] },
  { $where: 'while(true){}' },
  { $expr: { $eq: [1, 1] } },
  { $or: [{}, { _id: { $ne: null } }] },
  { 'a.$': 1 },
)

const numbers = fc.oneof(
  fc.constantFrom<unknown>(
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    -0,
    0,
    -1,
    0.5,
    2 ** 31,
    -(2 ** 31) - 1,
    5e-324,
    1e21,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
)

const nanLike = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '0x1F',
  ' 1 ',
  '',
  'null',
  'undefined',
  '[object Object]',
  '1'.repeat(400),
)

const nastyText = fc.constantFrom(
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uFFFF',
  '\u202E甲乙丙',
  '\u200B',
  '𝌆𝌆𝌆',
  '👨‍👩‍👧‍👦',
  'Ａ１２',
  '٣٤٥',
  '../../../etc/passwd',
  'cloud://xb-test.bucket/../../users.db',
  'cloud://other-env.bucket/uploads/demo-resident-2/x.jpg',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '${process.exit(1)}',
  '%E0%A4%A',
  '2026-02-31',
  '2026-13-01',
  '9999-99-99',
  'demo-office-1',
  '__proto__',
  'constructor',
)

const strings = fc.oneof(
  nastyText,
  nanLike,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
)

/** Rarely: big values (long strings, long arrays, many keys). */
const big = fc.constantFrom<() => unknown>(
  () => '灯'.repeat(20_000),
  () => 'x'.repeat(60_000),
  () => Array.from({ length: 5_000 }, (_, i) => i),
  () => Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i])),
  () => Array.from({ length: 200 }, () => ({ $ne: null })),
)

/** A chain of arrays or objects `depth` levels deep around a leaf. */
export function nest(
  depth: number,
  leaf: unknown = 1,
  kind: 'array' | 'object' = 'array',
): unknown {
  let v = leaf
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v }
  return v
}

const deep = fc
  .tuple(fc.integer({ min: 20, max: 2000 }), fc.constantFrom<'array' | 'object'>('array', 'object'))
  .map(([d, k]) => nest(d, { $ne: null }, k))

const scalar = fc.oneof(
  { weight: 3, arbitrary: strings },
  { weight: 2, arbitrary: numbers },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(true, false, null) },
)

/** One hostile value: mostly small, sometimes structured, rarely big or deep. */
export const hostile: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { weight: 6, arbitrary: scalar },
    { weight: 3, arbitrary: operators },
    { weight: 1, arbitrary: fc.array(tie('v'), { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string()), tie('v')), {
          maxLength: 4,
        })
        .map(objectOf),
    },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: big.map((f) => f()) },
  ),
})).v
