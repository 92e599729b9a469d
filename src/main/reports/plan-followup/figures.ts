import { daysBetween, formatDate } from '../../../shared/dates'
import type { Frequency } from '../../../shared/domain/plans'
import { formatDecimal, formatInteger, MONTH_NAMES } from '../pdf/format'
import { nextDay } from '../period'
import { isWorkingDay } from '../../calendar/colombian-holidays'

type Unit = 'day' | 'week' | 'month' | 'bimester' | 'quarter' | 'semester' | 'year'

/** The span in which each frequency requires at least one publication; "permanente" asks for one every month. */
export const FREQUENCY_UNIT: Record<Frequency, Unit | null> = {
  diaria: 'day',
  semanal: 'week',
  mensual: 'month',
  permanente: 'month',
  bimestral: 'bimester',
  trimestral: 'quarter',
  semestral: 'semester',
  anual: 'year',
  segun_requerimiento: null
}

const MONTHS_IN: Record<Exclude<Unit, 'day' | 'week'>, number> = { month: 1, bimester: 2, quarter: 3, semester: 6, year: 12 }

const UNIT_NAMES: Record<Unit, [one: string, many: string]> = {
  day: ['día hábil', 'días hábiles'],
  week: ['semana', 'semanas'],
  month: ['mes', 'meses'],
  bimester: ['bimestre', 'bimestres'],
  quarter: ['trimestre', 'trimestres'],
  semester: ['semestre', 'semestres'],
  year: ['año', 'años']
}

const ORDINAL = ['primer', 'segundo', 'tercer', 'cuarto'] as const

export interface RequiredSpan {
  start: string
  end: string
  label: string
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** 0 = Monday … 6 = Sunday. */
const weekday = (isoDate: string): number => (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7

function monthSpan(unit: Exclude<Unit, 'day' | 'week'>, isoDate: string): RequiredSpan {
  const size = MONTHS_IN[unit]
  const year = Number(isoDate.slice(0, 4))
  const first = Math.floor((Number(isoDate.slice(5, 7)) - 1) / size) * size
  const last = first + size - 1
  const start = `${year}-${String(first + 1).padStart(2, '0')}-01`
  const end = addDays(`${last === 11 ? year + 1 : year}-${String(((last + 1) % 12) + 1).padStart(2, '0')}-01`, -1)
  const labels: Record<typeof unit, () => string> = {
    month: () => `${MONTH_NAMES[first]} de ${year}`,
    bimester: () => `${MONTH_NAMES[first]} y ${MONTH_NAMES[last]} de ${year}`,
    quarter: () => `${ORDINAL[first / 3]} trimestre de ${year}`,
    semester: () => `${ORDINAL[first / 6]} semestre de ${year}`,
    year: () => `año ${year}`
  }
  return { start, end, label: labels[unit]() }
}

function spanOf(unit: Unit, isoDate: string): RequiredSpan {
  if (unit === 'day') return { start: isoDate, end: isoDate, label: formatDate(isoDate) }
  if (unit === 'week') {
    const start = addDays(isoDate, -weekday(isoDate))
    const end = addDays(start, 6)
    return { start, end, label: `semana del ${formatDate(start)} al ${formatDate(end)}` }
  }
  return monthSpan(unit, isoDate)
}

/**
 * The spans of the frequency that lie whole inside [from, to] and had already ended by `today`:
 * only those can be judged. Days are Colombian working days: Monday to Friday, holidays excluded.
 */
export function requiredSpans(frequency: Frequency, from: string, to: string, today: string): RequiredSpan[] {
  const unit = FREQUENCY_UNIT[frequency]
  if (unit === null) return []
  const spans: RequiredSpan[] = []
  for (let span = spanOf(unit, from); span.start <= to; span = spanOf(unit, nextDay(span.end))) {
    if (span.start < from || span.end > to || span.end >= today) continue
    if (unit === 'day' && !isWorkingDay(span.start)) continue
    spans.push(span)
  }
  return spans
}

export interface ActivityFacts {
  frequency: Frequency
  goalQuantity: number
  /** Colombian date of the first publication of each of the activity's pieces (not cancelled). */
  firstPublications: string[]
  /** Colombian dates of every publication of the activity's pieces. */
  publications: string[]
}

export interface FollowupWindow {
  /** The report's period, already within the plan's vigencia. */
  from: string
  to: string
  planStartsOn: string
  planEndsOn: string
  today: string
}

export interface ActivityFollowup {
  /** The plan's goal prorated to the period's days. */
  periodGoal: number
  /** The period goal prorated to the days already elapsed. */
  expected: number
  executed: number
  publications: number
  /** executed / periodGoal; null when the activity has no goal. */
  percent: number | null
  behind: boolean
  gaps: RequiredSpan[]
  alerts: string[]
}

const inside = (date: string, from: string, to: string) => date >= from && date <= to

export function elapsedShare(w: FollowupWindow): number {
  const days = daysBetween(w.from, w.to) + 1
  const end = w.today < w.to ? w.today : w.to
  return Math.max(0, Math.min(days, daysBetween(w.from, end) + 1)) / days
}

const GAPS_LISTED = 4

export function followActivity(a: ActivityFacts, w: FollowupWindow): ActivityFollowup {
  const planDays = daysBetween(w.planStartsOn, w.planEndsOn) + 1
  const periodGoal = (a.goalQuantity * (daysBetween(w.from, w.to) + 1)) / planDays
  const expected = periodGoal * elapsedShare(w)
  const executed = a.firstPublications.filter((d) => inside(d, w.from, w.to)).length
  const publications = a.publications.filter((d) => inside(d, w.from, w.to)).length
  // Compared with the expectation as the report shows it, one decimal: 1 done of 1,02 expected is not behind.
  const behind = a.goalQuantity > 0 && executed < Math.round(expected * 10) / 10
  const gaps = requiredSpans(a.frequency, w.from, w.to, w.today).filter((s) => !a.firstPublications.some((d) => inside(d, s.start, s.end)))
  const alerts: string[] = []
  if (behind) alerts.push(`Atrasada: ${formatInteger(executed)} de ${formatDecimal(expected)} esperadas a la fecha.`)
  if (gaps.length > 0) {
    const [one, many] = UNIT_NAMES[FREQUENCY_UNIT[a.frequency]!]
    const listed = gaps.slice(0, GAPS_LISTED).map((g) => g.label)
    const more = gaps.length > GAPS_LISTED ? ` y ${gaps.length - GAPS_LISTED} más` : ''
    alerts.push(`Sin actividad en ${gaps.length === 1 ? `1 ${one}` : `${gaps.length} ${many}`}: ${listed.join('; ')}${more}.`)
  }
  return { periodGoal, expected, executed, publications, percent: periodGoal > 0 ? executed / periodGoal : null, behind, gaps, alerts }
}
