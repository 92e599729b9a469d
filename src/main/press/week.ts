const DAY_MS = 86_400_000

/** Adds calendar days to an ISO date "aaaa-mm-dd". */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Monday and Sunday of the week of `isoDate` (Colombian weeks start on Monday). */
export function weekOf(isoDate: string): { start: string; end: string } {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay()
  const start = addDays(isoDate, -((weekday + 6) % 7))
  return { start, end: addDays(start, 6) }
}

/** The UTC instant at which the Colombian day `isoDate` starts (Colombia is UTC−5 all year). */
export const startOfColombianDay = (isoDate: string): string => new Date(`${isoDate}T00:00:00-05:00`).toISOString()
