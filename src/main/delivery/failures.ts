import { AppError } from '../core/errors'

/**
 * Why a folder could not take a file, in words for the office. Every failure of the file system
 * (a Node error with a code) counts as the destination not being available; anything else is a
 * fault in Pauta and is not hidden in the outbox.
 */
const REASONS: [readonly string[], string][] = [
  [['ENOENT', 'ENOTDIR'], 'la carpeta no existe o la unidad no está conectada'],
  [['EACCES', 'EPERM'], 'no hay permiso para escribir en ella'],
  [['EROFS'], 'la unidad es de solo lectura'],
  [['ENOSPC', 'EDQUOT'], 'el disco de destino está lleno'],
  [['EBUSY', 'ETXTBSY', 'EAGAIN'], 'la carpeta está ocupada por otro programa'],
  [
    ['EHOSTUNREACH', 'EHOSTDOWN', 'ENETUNREACH', 'ENETDOWN', 'ENETRESET', 'ETIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ESTALE', 'EIO', 'UNKNOWN'],
    'no hay conexión con la carpeta de red o el dispositivo falló'
  ],
  [['PAUTA_VERIFY'], 'la copia escrita no coincidió con el original'],
  [['EEXIST'], 'hay demasiados archivos con el mismo nombre']
]

export function destinationFailure(error: unknown): string | null {
  if (error instanceof AppError) return null
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return null
  const code = error.code
  // Node's own ERR_* codes are programming faults (a bad argument), not a missing share.
  if (code.startsWith('ERR_')) return null
  const known = REASONS.find(([codes]) => codes.includes(code))
  return known ? known[1] : `error del sistema ${code}`
}
