import type { InquiryUrgency } from '../../shared/domain/inquiries'
import { isoDateInColombia } from '../../shared/dates'
import { isWorkingDay } from '../calendar/colombian-holidays'
import { addWorkingDays, nextWorkingDay, workingDaysBetween } from '../calendar/working-days'

/**
 * Minutes after midnight (Colombian time) when the office closes. Something received at or after
 * this time, or on a Saturday, Sunday or holiday, is taken as received on the next working day,
 * as with petitions filed outside office hours; the term then counts from the day after that.
 * A fixed hour keeps the rule predictable for everyone; the entity's schedule is 8:00 to 17:00.
 */
export const OFFICE_CLOSES_AT_MINUTES = 17 * 60

const minutesInColombia = (instant: Date) => {
  // Colombia is UTC−5 all year: no daylight saving to account for.
  const local = new Date(instant.getTime() - 5 * 3_600_000)
  return local.getUTCHours() * 60 + local.getUTCMinutes()
}

/** The working day an inquiry counts as received on. */
export function receiptDay(receivedAt: string): string {
  const instant = new Date(receivedAt)
  const date = isoDateInColombia(instant)
  if (!isWorkingDay(date) || minutesInColombia(instant) >= OFFICE_CLOSES_AT_MINUTES) return nextWorkingDay(date)
  return date
}

/** Ley 1755 de 2015: "dentro de los N días siguientes a su recepción" — the day of receipt does not count. */
export function dueOn(receivedAt: string, termDays: number): string {
  return addWorkingDays(receiptDay(receivedAt), termDays)
}

export function urgencyOf(due: string, today: string): InquiryUrgency {
  if (due < today) return 'vencida'
  if (due === today) return 'vence_hoy'
  return 'en_termino'
}

/** Working days left until the due date; negative when it has passed. */
export function workingDaysLeft(due: string, today: string): number {
  return workingDaysBetween(today, due)
}

/** A reply counts as on time when it is given on or before the due date, Colombian calendar. */
export function answeredInTerm(repliedAt: string, due: string): boolean {
  return isoDateInColombia(new Date(repliedAt)) <= due
}
