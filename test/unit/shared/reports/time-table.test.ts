import { AppError } from '@shared/errors'
import { DEFAULT_LIMITS, validateTimeLimitTable } from '@shared/reports'

function tableFields(input: unknown): Record<string, string> {
  try {
    validateTimeLimitTable(input)
  } catch (e) {
    expect((e as AppError).code).toBe('INVALID_INPUT')
    return (e as AppError).fields!
  }
  throw new Error('expected a refusal')
}

test('the office’s table: defaults pass, overrides keep only what was given', () => {
  expect(validateTimeLimitTable(DEFAULT_LIMITS)).toEqual(DEFAULT_LIMITS)
  const withOverride = {
    ...DEFAULT_LIMITS,
    byCategory: { elevator: { urgent: { acceptMin: 15 } } },
  }
  expect(validateTimeLimitTable(withOverride)).toEqual(withOverride)
})

test('the office’s table: refusals by path', () => {
  const bad = (path: string[], value: unknown) => {
    const t = JSON.parse(JSON.stringify(DEFAULT_LIMITS))
    let o = t
    for (const k of path.slice(0, -1)) o = o[k] ??= {}
    o[path[path.length - 1]] = value
    return t
  }
  const range = '请填写 1 分钟到 720 小时（30 天）之间的时限'
  expect(tableFields(bad(['simple', 'urgent', 'acceptMin'], 0))).toEqual({
    'simple.urgent.acceptMin': range,
  })
  expect(tableFields(bad(['complex', 'normal', 'resolveMin'], 43_201))).toEqual({
    'complex.normal.resolveMin': range,
  })
  expect(tableFields(bad(['simple', 'normal', 'resolveMin'], 1.5))).toEqual({
    'simple.normal.resolveMin': range,
  })
  expect(tableFields(bad(['simple', 'normal', 'resolveMin'], 60))).toEqual({
    'simple.normal.resolveMin': '办结时限不能短于受理时限',
  })
  expect(tableFields(bad(['byCategory', 'ufo'], { urgent: { acceptMin: 5 } }))).toEqual({
    'byCategory.ufo': '没有这个问题类型',
  })
  expect(tableFields(bad(['byCategory', 'noise'], { normal: { acceptMin: -5 } }))).toEqual({
    'byCategory.noise.normal.acceptMin': range,
  })
  expect(Object.keys(tableFields({})).length).toBe(8)
})
