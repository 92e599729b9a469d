/** What the start-up error box says, by cause; the person reading it is not a developer. */
export function startupErrorMessage(dataDir: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  const detail = error instanceof Error ? error.message : String(error)
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
    return `Pauta no puede escribir en su carpeta de datos:\n${dataDir}\n\nRevise que la carpeta exista y que su usuario tenga permiso de escritura, o pida ayuda al área de sistemas.`
  }
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return `El disco donde está la carpeta de datos de Pauta está lleno:\n${dataDir}\n\nLibere espacio y vuelva a abrir Pauta.`
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return `Otro programa está usando la base de datos de Pauta en:\n${dataDir}\n\nCierre las otras copias de Pauta y vuelva a intentarlo.`
  }
  if (code === 'DB_DAMAGED' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return `La base de datos de Pauta está dañada:\n${dataDir}\n\nNo la borre: pida al área de sistemas que restaure la última copia de seguridad.`
  }
  return `Pauta no pudo abrir sus datos en:\n${dataDir}\n\nDetalle: ${detail}\n\nNo se modificó nada. Si el problema continúa, pida ayuda al área de sistemas.`
}
