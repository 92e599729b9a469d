import { isoDateInColombia } from '../../../../shared/dates'

export type CalendarView = 'dia' | 'semana' | 'mes'

const DAY_MS = 86_400_000

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** 0 = Monday … 6 = Sunday: Colombian calendars start the week on Monday. */
export const weekdayIndex = (isoDate: string) => (new Date(`${isoDate}T12:00:00Z`).getUTCDay() + 6) % 7

const monday = (isoDate: string) => addDays(isoDate, -weekdayIndex(isoDate))

/** The days a view shows around `anchor`; a month shows whole weeks, Monday to Sunday. */
export function daysOf(view: CalendarView, anchor: string): string[] {
  if (view === 'dia') return [anchor]
  if (view === 'semana') return Array.from({ length: 7 }, (_, i) => addDays(monday(anchor), i))
  const first = `${anchor.slice(0, 7)}-01`
  const last = addDays(`${shiftMonth(first, 1)}`, -1)
  const start = monday(first)
  const end = addDays(monday(last), 6)
  const days: string[] = []
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d)
  return days
}

function shiftMonth(isoDate: string, months: number): string {
  const y = Number(isoDate.slice(0, 4))
  const m = Number(isoDate.slice(5, 7)) - 1 + months
  const date = new Date(Date.UTC(y, m, 1))
  return date.toISOString().slice(0, 10)
}

/** The anchor one view earlier (-1) or later (+1). */
export function shiftAnchor(view: CalendarView, anchor: string, direction: -1 | 1): string {
  if (view === 'dia') return addDays(anchor, direction)
  if (view === 'semana') return addDays(anchor, 7 * direction)
  return shiftMonth(`${anchor.slice(0, 7)}-01`, direction)
}

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
export const WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']
export const WEEKDAYS_SHORT = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom']

const longDate = (d: string) => `${Number(d.slice(8, 10))} de ${MONTHS[Number(d.slice(5, 7)) - 1]} de ${d.slice(0, 4)}`

/** "jueves 12 de marzo de 2026", "Semana del 9 al 15 de marzo de 2026", "Marzo de 2026". */
export function viewTitle(view: CalendarView, anchor: string): string {
  if (view === 'dia') {
    const weekday = WEEKDAYS[weekdayIndex(anchor)]!
    return `${weekday[0]!.toUpperCase()}${weekday.slice(1)} ${longDate(anchor)}`
  }
  if (view === 'mes') {
    const month = MONTHS[Number(anchor.slice(5, 7)) - 1]!
    return `${month[0]!.toUpperCase()}${month.slice(1)} de ${anchor.slice(0, 4)}`
  }
  const days = daysOf('semana', anchor)
  const [from, to] = [days[0]!, days[6]!]
  return from.slice(0, 7) === to.slice(0, 7)
    ? `Semana del ${Number(from.slice(8, 10))} al ${longDate(to)}`
    : `Semana del ${longDate(from)} al ${longDate(to)}`
}

/** The Colombian days an event touches (an event ending at midnight does not touch the next day). */
export function eventDays(startsAt: string, endsAt: string): string[] {
  const first = isoDateInColombia(new Date(startsAt))
  const last = isoDateInColombia(new Date(Date.parse(endsAt) - 1))
  const days: string[] = []
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d)
  return days
}
