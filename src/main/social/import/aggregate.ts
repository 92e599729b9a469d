import type { SocialMetric } from '../../../shared/domain/reports'
import { formatDate } from '../../../shared/dates'
import { detectDayOrder, parseRowDate, type DayOrder, type RowDate } from './dates'
import type { ImportTable, ResolvedMapping } from './mapping'
import { parseCount } from './numbers'
import { ENGLISH_DATE_HEADERS, normalizeHeader, TOTAL_ROW_LABELS } from './vocabulary'

export interface MonthTotals {
  month: string
  values: Partial<Record<SocialMetric, number>>
}

export interface Aggregated {
  rows: MonthTotals[]
  errors: { line: number; message: string }[]
}

interface MonthAccumulator {
  sums: Partial<Record<SocialMetric, number>>
  /** Followers are a level, not a flow: the month keeps the value of its latest day. */
  followers: { key: string; value: number } | null
}

const EXPECTED_DATES: Record<DayOrder, string> = {
  dmy: 'se espera dd/mm/aaaa, aaaa-mm-dd o «1 de octubre de 2026»',
  mdy: 'en este archivo las fechas van con el mes primero (mm/dd/aaaa)'
}

const sentence = (text: string) => `${text.charAt(0).toLocaleUpperCase('es-CO')}${text.slice(1)}.`

const shownDate = (date: RowDate) => (date.day ? formatDate(date.day) : `${date.month.slice(5)}/${date.month.slice(0, 4)}`)

/**
 * Monthly totals of the rows that fit. Daily (or per-post) rows are summed per month, except
 * followers, which take the month's last value. A row with any cell that does not fit is skipped
 * whole and reported with its line and the reasons, so no month is written from half a row.
 */
export function aggregate(table: ImportTable, mapping: ResolvedMapping, today: string): Aggregated {
  const dateColumn = table.columns[mapping.dateIndex]!
  const order = detectDayOrder(
    table.rows.map((r) => r.fields[mapping.dateIndex] ?? ''),
    ENGLISH_DATE_HEADERS.has(normalizeHeader(dateColumn))
  )
  const months = new Map<string, MonthAccumulator>()
  const errors: Aggregated['errors'] = []
  for (const row of table.rows) {
    if (row.fields.every((f) => f === '')) continue
    const rawDate = row.fields[mapping.dateIndex] ?? ''
    if (TOTAL_ROW_LABELS.has(normalizeHeader(rawDate))) continue
    const problems: string[] = []
    const date = rawDate === '' ? null : parseRowDate(rawDate, order)
    if (rawDate === '') problems.push(`no tiene fecha en la columna «${dateColumn}»`)
    else if (!date) problems.push(`la fecha «${rawDate}» no se reconoce; ${EXPECTED_DATES[order]}`)
    else if ((date.day ?? date.month) > (date.day ? today : today.slice(0, 7))) problems.push(`la fecha ${shownDate(date)} es posterior a hoy`)
    const values: Partial<Record<SocialMetric, number>> = {}
    for (const { index, column, metric } of mapping.metrics) {
      const cell = parseCount(row.fields[index] ?? '')
      if (cell.kind === 'error') problems.push(`en «${column}», ${cell.reason}`)
      else if (cell.kind === 'value') values[metric] = cell.value
    }
    if (problems.length > 0 || !date) {
      errors.push({ line: row.line, message: problems.map(sentence).join(' ') })
      continue
    }
    const month = months.get(date.month) ?? { sums: {}, followers: null }
    months.set(date.month, month)
    for (const [metric, value] of Object.entries(values) as [SocialMetric, number][]) {
      if (metric === 'followers') {
        // A monthly row sorts after every day of its month; on the same key the later line wins.
        const key = date.day ?? `${date.month}-99`
        if (!month.followers || key >= month.followers.key) month.followers = { key, value }
      } else {
        month.sums[metric] = (month.sums[metric] ?? 0) + value
      }
    }
  }
  const rows = [...months.entries()]
    .map(([month, acc]) => ({ month, values: acc.followers ? { ...acc.sums, followers: acc.followers.value } : { ...acc.sums } }))
    .filter((r) => Object.keys(r.values).length > 0)
    .sort((a, b) => a.month.localeCompare(b.month))
  return { rows, errors }
}
