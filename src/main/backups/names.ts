/**
 * Backup files are named by their Colombian local time, so a person browsing the folder reads
 * when each was taken: "pauta-2026-03-10-090512.sqlite" and its "…-manifest.json".
 */
const NAME = /^pauta-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.sqlite$/
const COLOMBIA_OFFSET_MS = 5 * 3_600_000

const pad = (n: number) => String(n).padStart(2, '0')

export function backupFileName(at: Date): string {
  const local = new Date(at.getTime() - COLOMBIA_OFFSET_MS)
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`
  const time = `${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`
  return `pauta-${date}-${time}.sqlite`
}

/** The instant a backup was taken, from its name; null for any other file. */
export function backupTakenAt(fileName: string): Date | null {
  const match = NAME.exec(fileName)
  if (!match) return null
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [number, number, number, number, number, number]
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s) + COLOMBIA_OFFSET_MS)
  return backupFileName(at) === fileName ? at : null
}

export const manifestFileName = (backupName: string) => backupName.replace(/\.sqlite$/, '-manifest.json')
