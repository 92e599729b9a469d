import { isoDateInColombia } from '../../shared/dates'

const DAY_MS = 86_400_000

/** Adds calendar days to an ISO date "aaaa-mm-dd". */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The demo office's recent past, counted in working days (Monday to Friday) before today, so its
 * history happens in office hours of weekdays like a real one.
 */
export class DemoCalendar {
  readonly today: string
  private readonly workdays: string[] = []

  constructor(now: Date, span: number) {
    this.today = isoDateInColombia(now)
    for (let d = 1; this.workdays.length < span; d++) {
      const date = addDays(this.today, -d)
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
      if (weekday !== 0 && weekday !== 6) this.workdays.push(date)
    }
  }

  /** The date of the working day `ago` working days before today (1 = the last one). */
  workday(ago: number): string {
    const date = this.workdays[Math.min(Math.max(ago, 1), this.workdays.length) - 1]
    if (!date) throw new Error('El calendario de ejemplo está vacío.')
    return date
  }

  /** An instant on that working day, `minutes` after midnight, Colombian time (UTC−5). */
  at(ago: number, minutes: number): Date {
    const h = String(Math.floor(minutes / 60)).padStart(2, '0')
    const m = String(minutes % 60).padStart(2, '0')
    return new Date(`${this.workday(ago)}T${h}:${m}:00-05:00`)
  }

  /** A calendar date relative to today (negative: in the past). */
  fromToday(days: number): string {
    return addDays(this.today, days)
  }
}
