import { isoDateInColombia } from '../../../../shared/dates'
import { formatTime24 } from '../../../../shared/domain/press'

/** The date and time fields of a form, as the contract's instant with Colombia's offset. */
export const toStartsAt = (date: string, time: string): string => `${date}T${time}:00-05:00`

/** An instant split back into the form's Colombian date and 24-hour time. */
export const fromStartsAt = (iso: string): { date: string; time: string } => ({ date: isoDateInColombia(new Date(iso)), time: formatTime24(iso) })
