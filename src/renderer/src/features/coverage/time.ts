import { isoDateInColombia } from '../../../../shared/dates'
import { timeInColombia } from '../../../../shared/domain/coverage'

/** The Colombian date and 24-hour time of an instant, as the form's fields hold them. */
export const localParts = (isoInstant: string) => ({ date: isoDateInColombia(new Date(isoInstant)), time: timeInColombia(isoInstant) })

/** A date and a time typed in Cajicá (UTC−5 all year), as the contract's ISO instant. */
export const toInstant = (isoDate: string, time: string) => `${isoDate}T${normalizeTime(time) ?? time}:00-05:00`

/** What people type for a 24-hour time: "9", "930", "9:30", "09.30", "14:00" → "hh:mm"; null when it is not one. */
export function normalizeTime(input: string): string | null {
  const m = input.trim().match(/^(\d{1,2})(?:[:.h]?(\d{2}))?$/)
  if (!m) return null
  const hours = Number(m[1])
  const minutes = Number(m[2] ?? '0')
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
