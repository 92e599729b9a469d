import { TIME_ZONE } from '../../../../shared/dates'

const sizeFormat = (digits: number) => new Intl.NumberFormat('es-CO', { maximumFractionDigits: digits })

/** 1536 → "1,5 KB", 5_400_000 → "5,1 MB" (es-CO decimal comma). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${sizeFormat(1).format(bytes / 1024)} KB`
  if (bytes < 1024 * 1024 * 1024) return `${sizeFormat(1).format(bytes / (1024 * 1024))} MB`
  return `${sizeFormat(2).format(bytes / (1024 * 1024 * 1024))} GB`
}

const longDate = new Intl.DateTimeFormat('es-CO', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })

/** "martes, 10 de marzo de 2026" for a greeting. */
export function formatLongDate(instant: Date): string {
  return longDate.format(instant)
}

const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' })

/** Hour of the day in Colombia, 0–23. */
export function colombianHour(instant: Date): number {
  return Number(hourFormat.format(instant))
}

/** Whole days since an instant, for "en espera desde hace N días". */
export function daysSince(isoInstant: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(isoInstant)) / 86_400_000))
}

export function waitingLabel(isoInstant: string, now: Date): string {
  const days = daysSince(isoInstant, now)
  if (days === 0) return 'desde hoy'
  if (days === 1) return 'desde hace 1 día'
  return `desde hace ${days} días`
}
