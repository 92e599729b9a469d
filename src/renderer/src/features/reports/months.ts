const monthName = new Intl.DateTimeFormat('es-CO', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "2026-03-01" (or "2026-03") → "2026-03", the contract's month. */
export const toIsoMonth = (date: string): string => date.slice(0, 7)

/** The first day of the month before `today` ("aaaa-mm-dd"): the month a monthly report usually covers. */
export function lastMonthStart(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number]
  const year = m === 1 ? y - 1 : y
  const month = m === 1 ? 12 : m - 1
  return `${year}-${String(month).padStart(2, '0')}-01`
}

/** "2026-10" → "octubre de 2026". */
export function formatMonth(isoMonth: string): string {
  return monthName.format(new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`))
}

/** "2026-10" → "Octubre de 2026", to start a line or a cell. */
export function monthTitle(isoMonth: string): string {
  const name = formatMonth(isoMonth)
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** "2026-10" → "oct." style short label for grid columns and rows. */
export function shortMonth(isoMonth: string): string {
  return new Intl.DateTimeFormat('es-CO', { month: 'short', timeZone: 'UTC' }).format(new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`))
}
