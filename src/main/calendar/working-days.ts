import { isWorkingDay } from './colombian-holidays'

/**
 * Working-day arithmetic (Monday to Friday, Colombian national holidays excluded) for legal terms
 * such as Ley 1755 de 2015's "dentro de los N días siguientes a su recepción". Dates are
 * "aaaa-mm-dd" calendar dates.
 */

const DAY_MS = 86_400_000
const shift = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** The first working day strictly after `isoDate`. */
export function nextWorkingDay(isoDate: string): string {
  let date = shift(isoDate, 1)
  while (!isWorkingDay(date)) date = shift(date, 1)
  return date
}

/**
 * The `n`-th working day after `isoDate`; the day itself never counts, so a term of 1 ends on the
 * next working day. `n = 0` answers `isoDate` unchanged.
 */
export function addWorkingDays(isoDate: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n debe ser un entero no negativo (${n}).`)
  let date = isoDate
  for (let i = 0; i < n; i++) date = nextWorkingDay(date)
  return date
}

/**
 * Working days in (a, b]: how many working days pass from `a` to `b`, so that
 * `addWorkingDays(a, workingDaysBetween(a, b)) === b` when `b` is a working day. Negative (the
 * working days in (b, a]) when `b` is before `a`.
 */
export function workingDaysBetween(a: string, b: string): number {
  if (b < a) return -workingDaysBetween(b, a)
  let count = 0
  for (let date = shift(a, 1); date <= b; date = shift(date, 1)) if (isWorkingDay(date)) count++
  return count
}
