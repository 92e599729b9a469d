import type { IndicatorAlert, IndicatorMeasurement, IndicatorSheetDetail, IndicatorSheetRow } from '../../shared/contract/indicators'
import { periodLabel, statusOf, type IndicatorStatus } from '../../shared/domain/indicators'
import type { AuthedCtx } from '../core/context'
import { notFound } from '../core/errors'
import type { Db } from '../db/connection'
import { mayRecord } from './rules'

function sheetsQuery(db: Db) {
  return db
    .selectFrom('indicator_sheets as s')
    .innerJoin('users as u', 'u.id', 's.responsible_id')
    .selectAll('s')
    .select('u.full_name as responsible_name')
}

type SheetRecord = Awaited<ReturnType<ReturnType<typeof sheetsQuery>['executeTakeFirstOrThrow']>>

async function lastMeasurements(db: Db, sheetIds: number[]) {
  if (sheetIds.length === 0) return new Map<number, { period_key: string; value: number }>()
  const rows = await db
    .selectFrom('indicator_measurements as m')
    .select(['m.sheet_id', 'm.period_key', 'm.value'])
    .where('m.sheet_id', 'in', sheetIds)
    .where(({ eb, selectFrom }) =>
      eb(
        'm.period_from',
        '=',
        selectFrom('indicator_measurements as later').select((sub) => sub.fn.max<string>('later.period_from').as('f')).whereRef('later.sheet_id', '=', 'm.sheet_id')
      )
    )
    .execute()
  return new Map(rows.map((r) => [r.sheet_id, r]))
}

function toRow(s: SheetRecord, last: { period_key: string; value: number } | undefined): IndicatorSheetRow {
  const thresholds = { direction: s.direction, goal: s.goal, criticalLimit: s.critical_limit }
  return {
    id: s.id,
    name: s.name,
    type: s.type,
    frequency: s.frequency,
    unit: s.unit,
    direction: s.direction,
    goal: s.goal,
    criticalLimit: s.critical_limit,
    source: s.source,
    responsibleId: s.responsible_id,
    responsibleName: s.responsible_name,
    active: s.active === 1,
    last: last
      ? { periodKey: last.period_key, periodLabel: periodLabel(last.period_key), value: last.value, status: statusOf(last.value, thresholds) }
      : null
  }
}

/** Active sheets first, then by name (Spanish order). */
export async function listSheets(db: Db): Promise<IndicatorSheetRow[]> {
  const sheets = await sheetsQuery(db).execute()
  const last = await lastMeasurements(
    db,
    sheets.map((s) => s.id)
  )
  return sheets
    .map((s) => toRow(s, last.get(s.id)))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'es'))
}

export async function getSheet(ctx: AuthedCtx, id: number): Promise<IndicatorSheetDetail> {
  const sheet = await sheetsQuery(ctx.db).where('s.id', '=', id).executeTakeFirst()
  if (!sheet) throw notFound('la hoja de vida del indicador')
  const rows = await ctx.db
    .selectFrom('indicator_measurements as m')
    .innerJoin('users as u', 'u.id', 'm.recorded_by')
    .selectAll('m')
    .select('u.full_name as recorded_by_name')
    .where('m.sheet_id', '=', id)
    .orderBy('m.period_from')
    .execute()
  const thresholds = { direction: sheet.direction, goal: sheet.goal, criticalLimit: sheet.critical_limit }
  const measurements: IndicatorMeasurement[] = rows.map((m) => ({
    id: m.id,
    periodKey: m.period_key,
    periodLabel: periodLabel(m.period_key),
    from: m.period_from,
    to: m.period_to,
    numerator: m.numerator,
    denominator: m.denominator,
    value: m.value,
    status: statusOf(m.value, thresholds),
    analysis: m.analysis,
    origin: m.origin,
    recordedById: m.recorded_by,
    recordedByName: m.recorded_by_name,
    recordedAt: m.recorded_at
  }))
  const last = rows.at(-1)
  return {
    ...toRow(sheet, last),
    objective: sheet.objective,
    formula: sheet.formula,
    createdAt: sheet.created_at,
    updatedAt: sheet.updated_at,
    measurements,
    canRecord: mayRecord(ctx.user, sheet.responsible_id)
  }
}

const SEVERITY: Record<IndicatorStatus, number> = { critico: 0, en_riesgo: 1, satisfactorio: 2 }

/** Active sheets whose last measurement is outside the goal: critical first, then by name. */
export async function indicatorAlerts(db: Db): Promise<IndicatorAlert[]> {
  const rows = await listSheets(db)
  return rows
    .flatMap((r): IndicatorAlert[] =>
      r.active && r.last && r.last.status !== 'satisfactorio'
        ? [
            {
              sheetId: r.id,
              name: r.name,
              periodKey: r.last.periodKey,
              periodLabel: r.last.periodLabel,
              value: r.last.value,
              unit: r.unit,
              goal: r.goal,
              status: r.last.status,
              responsibleName: r.responsibleName
            }
          ]
        : []
    )
    .sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.name.localeCompare(b.name, 'es'))
}
