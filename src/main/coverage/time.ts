/** Colombia is UTC−5 all year (no daylight saving), so a Colombian day is a fixed UTC range. */
export const colombianDayStart = (isoDate: string): string => new Date(`${isoDate}T00:00:00-05:00`).toISOString()

/** The first instant of the next Colombian day. */
export const colombianDayEnd = (isoDate: string): string => new Date(Date.parse(`${isoDate}T00:00:00-05:00`) + 86_400_000).toISOString()

/** Instants are stored as `toISOString()` so that string order is time order. */
export const normalizeInstant = (iso: string): string => new Date(iso).toISOString()
