import type { ComputedFigures } from '../../shared/contract/indicators'
import {
  INDICATOR_STATUS_LABELS,
  formatIndicatorValue,
  isComputedSource,
  periodLabel,
  statusOf
} from '../../shared/domain/indicators'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx } from '../core/context'
import { notFound, validation } from '../core/errors'
import type { Db } from '../db/connection'
import { COMPUTE } from './computed'
import { assertMayRecord, assertPeriodClosing, manualValue, periodOf, type ManualFigures } from './rules'

async function loadSheet(db: Db, id: number) {
  const sheet = await db.selectFrom('indicator_sheets').selectAll().where('id', '=', id).executeTakeFirst()
  if (!sheet) throw notFound('la hoja de vida del indicador')
  return sheet
}

/** What Pauta computes for the period of a computed sheet; nothing is stored. */
export async function computePeriod(ctx: AuthedCtx, sheetId: number, periodKey: string): Promise<ComputedFigures> {
  const sheet = await loadSheet(ctx.db, sheetId)
  if (!isComputedSource(sheet.source)) {
    throw validation(`El indicador «${sheet.name}» se registra a mano: escriba el numerador y el denominador, o el valor.`)
  }
  const p = periodOf(periodKey, sheet.frequency, ctx.today)
  const figures = await COMPUTE[sheet.source]({ db: ctx.db, period: p, today: ctx.today })
  return { periodKey, periodLabel: periodLabel(periodKey), from: p.from, to: p.to, ...figures }
}

export interface RecordInput extends ManualFigures {
  sheetId: number
  periodKey: string
  analysis: string
}

/** Records the period's measurement, or replaces the one it had; computed sheets are computed again here. */
export async function recordMeasurement(ctx: AuthedCtx, input: RecordInput): Promise<void> {
  authorize(ctx, 'indicators.record')
  await ctx.db.transaction().execute(async (trx) => {
    const sheet = await loadSheet(trx, input.sheetId)
    assertMayRecord(ctx, sheet)
    if (sheet.active !== 1) throw validation(`El indicador «${sheet.name}» está inactivo: actívelo para registrar mediciones.`)
    const p = periodOf(input.periodKey, sheet.frequency, ctx.today)
    assertPeriodClosing(input.periodKey, p, ctx.today)
    let figures: { numerator: number | null; denominator: number | null; value: number }
    if (isComputedSource(sheet.source)) {
      if (input.numerator !== null || input.denominator !== null || input.value !== null) {
        throw validation(`Pauta calcula el indicador «${sheet.name}» con sus propios datos: use «Calcular» y registre el resultado sin escribir cifras.`)
      }
      const computed = await COMPUTE[sheet.source]({ db: trx, period: p, today: ctx.today })
      if (computed.value === null) throw validation(computed.detail, { periodKey: 'No hay datos en el periodo.' })
      figures = { numerator: computed.numerator, denominator: computed.denominator, value: computed.value }
    } else {
      figures = { numerator: input.numerator, denominator: input.denominator, value: manualValue(input, sheet.unit, input.periodKey) }
    }
    const row = {
      ...figures,
      period_from: p.from,
      period_to: p.to,
      analysis: input.analysis,
      origin: isComputedSource(sheet.source) ? ('calculada' as const) : ('manual' as const),
      recorded_by: ctx.user.id,
      recorded_at: ctx.nowIso
    }
    const label = periodLabel(input.periodKey)
    const status = INDICATOR_STATUS_LABELS[statusOf(figures.value, { direction: sheet.direction, goal: sheet.goal, criticalLimit: sheet.critical_limit })]
    const shown = `${formatIndicatorValue(figures.value, sheet.unit)} (${status.toLocaleLowerCase('es-CO')})`
    const before = await trx
      .selectFrom('indicator_measurements')
      .selectAll()
      .where('sheet_id', '=', sheet.id)
      .where('period_key', '=', input.periodKey)
      .executeTakeFirst()
    if (before) {
      await trx.updateTable('indicator_measurements').set(row).where('id', '=', before.id).execute()
      await recordAudit(trx, ctx, {
        action: 'indicators.measurement_replaced',
        entityType: 'indicator_sheet',
        entityId: sheet.id,
        summary: `Reemplazó la medición de ${label} del indicador «${sheet.name}»: antes ${formatIndicatorValue(before.value, sheet.unit)}, ahora ${shown}`,
        details: {
          periodKey: input.periodKey,
          from: { numerator: before.numerator, denominator: before.denominator, value: before.value, analysis: before.analysis },
          to: { ...figures, analysis: input.analysis }
        }
      })
      return
    }
    await trx
      .insertInto('indicator_measurements')
      .values({ ...row, sheet_id: sheet.id, period_key: input.periodKey })
      .execute()
    await recordAudit(trx, ctx, {
      action: 'indicators.measurement_recorded',
      entityType: 'indicator_sheet',
      entityId: sheet.id,
      summary: `Registró la medición de ${label} del indicador «${sheet.name}»: ${shown}`,
      details: { periodKey: input.periodKey, ...figures, origin: row.origin, analysis: input.analysis }
    })
  })
}
