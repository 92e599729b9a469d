export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'FILE_ERROR',
  'DISK_FULL',
  'NOT_INITIALIZED',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** The only error shape that crosses the process boundary: a code and a Spanish message. */
export interface ApiErrorData {
  code: ErrorCode
  message: string
  /** Spanish message per field path (e.g. "endsOn") for forms. */
  fields?: Record<string, string>
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData }
