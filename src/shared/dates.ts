/** Colombia has one time zone and no daylight saving: UTC−5. */
export const TIME_ZONE = 'America/Bogota'

const isoDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit'
})

/** The calendar date ("aaaa-mm-dd") in Colombia at the given instant. */
export function isoDateInColombia(instant: Date): string {
  return isoDateFormat.format(instant)
}

/** "2026-03-12" → "12/03/2026". */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return ''
  const [y, m, d] = isoDate.slice(0, 10).split('-')
  return `${d}/${m}/${y}`
}

const dateTimeFormat = new Intl.DateTimeFormat('es-CO', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit'
})

/** An ISO instant shown as Colombian local date and time, e.g. "12/03/2026, 3:45 p. m.". */
export function formatDateTime(isoInstant: string | null | undefined): string {
  if (!isoInstant) return ''
  return dateTimeFormat.format(new Date(isoInstant))
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
