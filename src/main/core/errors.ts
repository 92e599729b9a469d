import { ZodError } from 'zod'
import type { ApiErrorData, ErrorCode } from '../../shared/errors'

/** A failure the user can act on: its message is Spanish and shown as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** `what` names the thing with its article, e.g. "la pieza": "No se encontró la pieza." */
export const notFound = (what: string) => new AppError('NOT_FOUND', `No se encontró ${what}. Puede que el enlace sea antiguo; vuelva a la lista.`)
export const forbidden = (message = 'Su rol no permite realizar esta acción.') => new AppError('FORBIDDEN', message)
export const conflict = (message: string, fields?: Record<string, string>) => new AppError('CONFLICT', message, fields)
export const invalidTransition = (message: string) => new AppError('INVALID_TRANSITION', message)
export const validation = (message: string, fields?: Record<string, string>) => new AppError('VALIDATION', message, fields)

export function zodToApiError(error: ZodError): ApiErrorData {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  const first = error.issues[0]?.message ?? 'Los datos enviados no son válidos.'
  return { code: 'VALIDATION', message: `Revise el formulario: ${first}`, fields }
}

function hasCode(error: unknown): error is { code: string; message: string } {
  return typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string'
}

/** Maps anything thrown by a handler to the typed error that crosses the boundary; never a stack. */
export function toApiError(error: unknown, log: (e: unknown) => void = console.error): ApiErrorData {
  if (error instanceof AppError) {
    return error.fields ? { code: error.code, message: error.message, fields: error.fields } : { code: error.code, message: error.message }
  }
  if (error instanceof ZodError) return zodToApiError(error)
  if (hasCode(error)) {
    if (error.code === 'ENOSPC' || error.code === 'SQLITE_FULL') {
      return { code: 'DISK_FULL', message: 'El disco está lleno. Libere espacio e intente de nuevo; no se guardó ningún cambio.' }
    }
    if (error.code.startsWith('SQLITE_CONSTRAINT')) {
      log(error)
      return { code: 'CONFLICT', message: 'La operación choca con datos existentes; no se guardó ningún cambio.' }
    }
    if (error.code === 'SQLITE_BUSY') {
      return { code: 'CONFLICT', message: 'La base de datos está ocupada. Intente de nuevo en unos segundos.' }
    }
  }
  log(error)
  return { code: 'INTERNAL', message: 'Ocurrió un error inesperado. No se guardó ningún cambio; intente de nuevo.' }
}
