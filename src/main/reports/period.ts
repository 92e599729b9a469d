import { isoDateInColombia } from '../../shared/dates'

/** Colombia is UTC−5 all year: its midnight is 05:00 UTC. */
const COLOMBIAN_MIDNIGHT_UTC = 'T05:00:00.000Z'

/** The first instant (ISO, UTC) of a Colombian calendar date. */
export const startOfDayIso = (isoDate: string): string => `${isoDate}${COLOMBIAN_MIDNIGHT_UTC}`

/** "aaaa-mm-dd" one day later. */
export function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** A span of Colombian calendar days and the UTC instants that bound it (end exclusive). */
export interface Period {
  from: string
  to: string
  startIso: string
  endIso: string
}

export function period(from: string, to: string): Period {
  return { from, to, startIso: startOfDayIso(from), endIso: startOfDayIso(nextDay(to)) }
}

export const monthPeriod = (month: string): Period => period(`${month}-01`, lastDayOfMonth(month))

/** The Colombian calendar date of a stored ISO instant. */
export const colombianDate = (isoInstant: string): string => isoDateInColombia(new Date(isoInstant))
