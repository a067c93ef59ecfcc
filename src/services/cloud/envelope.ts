import { AppError, isEnvelope, type ErrorCode } from '@shared/errors'

/** Turns what a cloud function returned into data, or throws the AppError it carries. */
export function unwrap<T>(result: unknown): T {
  if (!isEnvelope(result)) throw new AppError('INTERNAL', '服务返回了无法识别的结果')
  if (result.ok) return result.data as T
  const { code, message, fields } = result.error
  throw new AppError(code as ErrorCode, message, fields)
}

/** A failure below the action layer (no network, platform error) as an AppError. */
export function transportError(err: unknown): AppError {
  if (err instanceof AppError) return err
  const text = err instanceof Error ? err.message : String(err)
  console.warn('[cloud] transport error', text)
  return new AppError('NETWORK')
}
