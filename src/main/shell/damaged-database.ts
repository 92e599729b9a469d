import { formatDate, isoDateInColombia } from '../../shared/dates'

const COLOMBIA_OFFSET_MS = 5 * 3_600_000
const pad = (n: number) => String(n).padStart(2, '0')

/** "10/03/2026 09:05", Colombian time. */
export function formatBackupMoment(at: Date): string {
  const local = new Date(at.getTime() - COLOMBIA_OFFSET_MS)
  return `${formatDate(isoDateInColombia(at))} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
}

/** The start-up question when the database is damaged and a good backup exists. Kept free of Electron. */
export function damagedDatabaseQuestion(dataDir: string, backupTakenAt: Date): { message: string; detail: string; buttons: [string, string] } {
  return {
    message: `La base de datos de Pauta está dañada. ¿Restaurar la copia del ${formatBackupMoment(backupTakenAt)}?`,
    detail:
      `Carpeta de datos: ${dataDir}\n\n` +
      'Al restaurar, la base dañada se guarda aparte en una carpeta «antes-de-restaurar-…» (no se borra) y Pauta abre con los ' +
      'datos de esa copia: lo registrado después de ella no estará. Si prefiere que el área de sistemas revise primero, elija Salir.',
    buttons: ['Restaurar', 'Salir']
  }
}

export function restoredNotice(backupTakenAt: Date, asideDir: string): string {
  return (
    `Pauta restauró la copia del ${formatBackupMoment(backupTakenAt)}.\n\n` +
    `La base de datos dañada quedó guardada en:\n${asideDir}\n\nRevise lo registrado después de esa fecha.`
  )
}
