import { sql } from 'kysely'
import type { MonitoringTrends, TrendPeriod } from '../../shared/contract/monitoring'
import { formatDate } from '../../shared/dates'
import type { TrendGranularity } from '../../shared/domain/monitoring'
import type { Db } from '../db/connection'
import { validation } from '../core/errors'
import { monthLabel } from '../reports/pdf/format'
import { addTo, countsOf, emptyCounts, toneCountColumns } from './tone-counts'

const MAX_PERIODS = 60
const TOP_TOPICS = 8
const DAY_MS = 86_400_000

const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** The first day of the period holding `isoDate`: its Monday, or the 1st of its month. */
export function periodStart(isoDate: string, granularity: TrendGranularity): string {
  if (granularity === 'mes') return `${isoDate.slice(0, 7)}-01`
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay()
  return addDays(isoDate, -((weekday + 6) % 7))
}

function nextPeriod(start: string, granularity: TrendGranularity): string {
  if (granularity === 'semana') return addDays(start, 7)
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))]
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
}

const periodLabel = (start: string, granularity: TrendGranularity) =>
  granularity === 'semana' ? `Semana del ${formatDate(start)}` : monthLabel(start.slice(0, 7))

export async function monitoringTrends(db: Db, input: { granularity: TrendGranularity; from: string; to: string }): Promise<MonitoringTrends> {
  const { granularity, from, to } = input
  const periods: TrendPeriod[] = []
  for (let start = periodStart(from, granularity); start <= to; start = nextPeriod(start, granularity)) {
    periods.push({ start, label: periodLabel(start, granularity), counts: emptyCounts() })
    if (periods.length > MAX_PERIODS) {
      throw validation(`El rango es muy largo para ver la tendencia ${granularity === 'semana' ? 'semanal' : 'mensual'}: acórtelo o cambie la escala.`, {
        from: granularity === 'semana' ? 'Elija como máximo 60 semanas.' : 'Elija como máximo 60 meses.'
      })
    }
  }
  const [byDay, topics] = await Promise.all([
    db
      .selectFrom('media_clips')
      .select(['clip_date', 'tone', (eb) => eb.fn.countAll<number>().as('n')])
      .where('clip_date', '>=', from)
      .where('clip_date', '<=', to)
      .groupBy(['clip_date', 'tone'])
      .execute(),
    db
      .selectFrom('media_clips as c')
      .select([sql<string>`min(c.topic)`.as('topic'), ...toneCountColumns()])
      .where('c.clip_date', '>=', from)
      .where('c.clip_date', '<=', to)
      .groupBy(sql`lower(c.topic)`)
      .orderBy('total', 'desc')
      .orderBy('topic')
      .limit(TOP_TOPICS)
      .execute()
  ])
  const index = new Map(periods.map((p) => [p.start, p]))
  for (const row of byDay) {
    const period = index.get(periodStart(row.clip_date, granularity))
    if (period) addTo(period.counts, row.tone, Number(row.n))
  }
  return { granularity, from, to, periods, topTopics: topics.map((t) => ({ topic: t.topic, ...countsOf(t) })) }
}
