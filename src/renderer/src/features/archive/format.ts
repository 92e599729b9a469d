const decimal = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 })
const integer = new Intl.NumberFormat('es-CO')

export const formatNumber = (n: number): string => integer.format(n)

/** 1 536 000 → "1,5 MB" (es-CO decimal comma). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${integer.format(bytes)} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${decimal.format(value)} ${units[unit]}`
}

export const formatMegabytes = (bytes: number): string => decimal.format(bytes / (1024 * 1024))

/** 75 → "1:15"; 3725 → "1:02:05". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}

/** What a person reads for the time an ingest still needs. */
export function formatTimeLeft(seconds: number): string {
  if (seconds < 60) return 'menos de un minuto'
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return minutes === 1 ? 'cerca de 1 minuto' : `cerca de ${minutes} minutos`
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return m === 0 ? `cerca de ${h} h` : `cerca de ${h} h ${m} min`
}

export const shortHash = (sha256: string): string => `${sha256.slice(0, 12)}…`

/** A search's total: exact, or "más de 10.000" when main stopped counting. */
export const formatTotal = (total: number, capped: boolean): string => (capped ? `más de ${formatNumber(total)}` : formatNumber(total))
