/** The Spanish reason an archivist reads next to a file that could not be imported. */
export function failureReason(code: string, stage: 'read' | 'copy'): string {
  switch (code) {
    case 'ENOENT':
      return stage === 'copy'
        ? 'El archivo desapareció del origen antes de copiarlo (¿se retiró la memoria o se movió el archivo?).'
        : 'El archivo ya no está en el origen: se movió o se borró después de empezar la importación, o se retiró la memoria.'
    case 'EACCES':
    case 'EPERM':
      return 'Pauta no tiene permiso para leer este archivo. Revise sus permisos y vuelva a importar la carpeta.'
    case 'EIO':
    case 'ENXIO':
    case 'ENODEV':
    case 'ETIMEDOUT':
      return 'El dispositivo no respondió al leer el archivo (¿se retiró la memoria o el disco?).'
    case 'ENOSPC':
      return 'El disco de Pauta está lleno: no se pudo copiar el original. Libere espacio y vuelva a importar la carpeta; lo ya catalogado se reconocerá como duplicado.'
    case 'EDQUOT':
      return 'Se agotó la cuota de disco: no se pudo copiar el original.'
    case 'ESIZE':
      return 'La copia quedó incompleta (su tamaño no coincide con el original); no se agregó al archivo.'
    case 'ECHANGED':
      return 'El archivo cambió mientras se leía. Vuelva a importarlo cuando no se esté copiando o grabando.'
    case 'EMPTY':
      return 'El archivo está vacío (0 bytes): no hay nada que catalogar.'
    case 'ELOST':
      return 'El proceso de lectura falló con este archivo; puede estar dañado.'
    case 'ENAMETOOLONG':
      return 'La ruta del archivo es demasiado larga para este sistema. Acorte los nombres de las carpetas y vuelva a importarlo.'
    default:
      return `No se pudo leer el archivo (código ${code}).`
  }
}

export const PREVIEW_FAILED = 'Se catalogó, pero no se pudo generar la vista previa: el archivo parece dañado, incompleto o en un formato que Pauta no lee.'

export const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string' ? (error as { code: string }).code : 'EFAIL'
