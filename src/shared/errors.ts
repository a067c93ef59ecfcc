/**
 * One error envelope for every action: the server answers `{ ok: false, error }` with a stable
 * code the app can branch on and a Chinese message it can show as is.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNKNOWN_ACTION'
  | 'NETWORK'
  | 'INTERNAL'

/** Default Chinese message per code, used when the thrower gives none. */
export const ERROR_MESSAGE: Record<ErrorCode, string> = {
  INVALID_INPUT: '填写的内容有误，请检查后重试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '内容不存在或已被删除',
  CONFLICT: '内容已被他人更新，请刷新后重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  UNKNOWN_ACTION: '暂不支持此操作',
  NETWORK: '网络不给力，请检查网络后重试',
  INTERNAL: '服务暂时不可用，请稍后再试',
}

export interface ErrorBody {
  code: ErrorCode
  message: string
  /** Per-field messages for form validation, keyed by field name. */
  fields?: Record<string, string>
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

/** An error that crosses the wire as an envelope; anything else thrown becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields?: Record<string, string>

  constructor(code: ErrorCode, message?: string, fields?: Record<string, string>) {
    super(message ?? ERROR_MESSAGE[code])
    this.name = 'AppError'
    this.code = code
    this.fields = fields
  }

  toBody(): ErrorBody {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message }
  }
}

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  )
}

/**
 * What a form shows of an error, each message once: the per-field messages under their fields,
 * and the overall message under `form` only when no field already says it (the server's
 * INVALID_INPUT message is its first field's message: shown both ways it printed twice).
 */
export function formErrors(e: {
  message: string
  fields?: Record<string, string>
}): Record<string, string> {
  const fields = { ...(e.fields ?? {}) }
  return Object.values(fields).includes(e.message) ? fields : { ...fields, form: e.message }
}
