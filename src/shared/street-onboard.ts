import { AppError } from './errors'

/**
 * A new street the district onboards (issue 20): its name and its two-letter code (the opening of
 * its report numbers, FH20261201-0001). Both unique in the district — the server checks that
 * against the stored streets; this checks the form, the same on the page and on the server.
 */
export interface NewStreet {
  /** 凤凰岭街道 */
  name: string
  /** FH */
  code: string
}

/** Longest street name taken (乌海市海勃湾区某某街道 is well under it). */
export const STREET_NAME_MAX = 20

/** A street's id from its code: unique as the code is, so two creations of one code collide. */
export const streetIdOf = (code: string) => `st-${code.toLowerCase()}`

/** The form checked: each problem named on its field, in Chinese. */
export function validateNewStreet(p: unknown): NewStreet {
  const o = (p ?? {}) as { name?: unknown; code?: unknown }
  const fields: Record<string, string> = {}
  const name = typeof o.name === 'string' ? o.name.trim() : ''
  const code = typeof o.code === 'string' ? o.code.trim().toUpperCase() : ''
  if (!name) fields.name = '请填写街道名称'
  else if (name.length > STREET_NAME_MAX) fields.name = `街道名称最多 ${STREET_NAME_MAX} 个字`
  else if (!/^[\u4e00-\u9fa5A-Za-z0-9（）()·]+$/.test(name))
    fields.name = '街道名称只能包含汉字、字母和数字'
  if (!/^[A-Z]{2}$/.test(code)) fields.code = '街道代码须为两个英文字母，如 FH（报事编号的开头）'
  const first = Object.values(fields)[0]
  if (first) throw new AppError('INVALID_INPUT', first, fields)
  return { name, code }
}
