/**
 * Errors in CloudBase's wire shape: the endpoint answers `{ code, message, requestId }`, which
 * wx-server-sdk turns into `errCode`/`errMsg` (e.g. DATABASE_REQUEST_FAILED → -502001).
 */
export class TcbError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message)
  }
}

export const dbFailed = (message: string) => new TcbError('DATABASE_REQUEST_FAILED', message)
export const invalidParam = (message: string) => new TcbError('INVALID_PARAM', message)
