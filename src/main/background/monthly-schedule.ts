import { firstWorkingDayOfMonth } from '../calendar/colombian-holidays'

const monthOf = (isoDate: string) => isoDate.slice(0, 7)

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

export const previousMonth = (month: string) => addMonths(month, -1)

export interface MonthlyRunState {
  /** Colombian date of the last run, or null. */
  lastRunOn: string | null
  /** Colombian date the schedule was created. */
  createdOn: string
}

/**
 * A monthly export runs on the first working day of each month, for the month before. When
 * Pauta was closed that day it runs at the next start. A schedule created after this month's run
 * day waits for next month: the office already handled this month's report by hand.
 */
export function isMonthlyRunDue(today: string, state: MonthlyRunState): boolean {
  const runDay = firstWorkingDayOfMonth(monthOf(today))
  if (today < runDay) return false
  if (state.lastRunOn !== null) return state.lastRunOn < runDay
  return state.createdOn <= runDay
}

/** The date the schedule will next run: today when it is due. */
export function nextMonthlyRunOn(today: string, state: MonthlyRunState): string {
  if (isMonthlyRunDue(today, state)) return today
  const thisMonth = firstWorkingDayOfMonth(monthOf(today))
  if (today < thisMonth) return thisMonth
  return firstWorkingDayOfMonth(addMonths(monthOf(today), 1))
}
