import { AppError } from '@shared/errors'

/**
 * A failure the network caused (no answer, a dropped connection, a server that crashed) rather
 * than a refusal of what was sent: worth keeping on the device and sending again later. One home
 * for the rule the photo tiles, the report form and the outbox all follow.
 */
export function isNetworkFailure(err: unknown): boolean {
  return !(err instanceof AppError) || err.code === 'NETWORK' || err.code === 'INTERNAL'
}
