import {
  INDICATOR_FREQUENCY_LABELS,
  INDICATOR_SOURCE_LABELS,
  formatIndicatorValue,
  type IndicatorDirection,
  type IndicatorFrequency,
  type IndicatorSource,
  type IndicatorType,
  type IndicatorUnit
} from '../../shared/domain/indicators'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx } from '../core/context'
import { conflict, notFound } from '../core/errors'
import { assertValidSheet } from './rules'

export interface SheetInput {
  id?: number
  name: string
  objective: string
  formula: string
  type: IndicatorType
  frequency: IndicatorFrequency
  unit: IndicatorUnit
  direction: IndicatorDirection
  goal: number
  criticalLimit: number
  responsibleId: number
  source: IndicatorSource
  active: boolean
}

export async function saveSheet(ctx: AuthedCtx, input: SheetInput): Promise<number> {
  authorize(ctx, 'indicators.manage')
  return ctx.db.transaction().execute(async (trx) => {
    await assertValidSheet(trx, input)
    const twin = await trx.selectFrom('indicator_sheets').select('id').where('name', '=', input.name).executeTakeFirst()
    if (twin && twin.id !== input.id) {
      throw conflict(`Ya existe un indicador llamado «${input.name}». Use otro nombre o edite ese indicador.`, { name: 'Ya existe un indicador con este nombre.' })
    }
    const fields = {
      name: input.name,
      objective: input.objective,
      formula: input.formula,
      type: input.type,
      frequency: input.frequency,
      unit: input.unit,
      direction: input.direction,
      goal: input.goal,
      critical_limit: input.criticalLimit,
      responsible_id: input.responsibleId,
      source: input.source,
      active: input.active ? 1 : 0
    }
    const tail = `(${INDICATOR_FREQUENCY_LABELS[input.frequency].toLocaleLowerCase('es-CO')}, meta ${formatIndicatorValue(input.goal, input.unit)}, límite crítico ${formatIndicatorValue(input.criticalLimit, input.unit)}, ${INDICATOR_SOURCE_LABELS[input.source].toLocaleLowerCase('es-CO')})`
    if (input.id === undefined) {
      const { id } = await trx
        .insertInto('indicator_sheets')
        .values({ ...fields, created_by: ctx.user.id, created_at: ctx.nowIso, updated_at: ctx.nowIso })
        .returning('id')
        .executeTakeFirstOrThrow()
      await recordAudit(trx, ctx, {
        action: 'indicators.sheet_created',
        entityType: 'indicator_sheet',
        entityId: id,
        summary: `Creó la hoja de vida del indicador «${input.name}» ${tail}`,
        details: fields
      })
      return id
    }
    const before = await trx.selectFrom('indicator_sheets').selectAll().where('id', '=', input.id).executeTakeFirst()
    if (!before) throw notFound('la hoja de vida del indicador')
    const measured = await trx.selectFrom('indicator_measurements').select('id').where('sheet_id', '=', input.id).executeTakeFirst()
    // Past measurements were taken with the frequency, unit and source the sheet had: changing them would rewrite the series' meaning.
    if (measured && (before.frequency !== input.frequency || before.unit !== input.unit || before.source !== input.source)) {
      throw conflict('El indicador ya tiene mediciones: no se puede cambiar su frecuencia, unidad ni fuente. Si el indicador cambió, desactive esta hoja y cree una nueva.', {
        ...(before.frequency !== input.frequency ? { frequency: 'No se puede cambiar: ya hay mediciones.' } : {}),
        ...(before.unit !== input.unit ? { unit: 'No se puede cambiar: ya hay mediciones.' } : {}),
        ...(before.source !== input.source ? { source: 'No se puede cambiar: ya hay mediciones.' } : {})
      })
    }
    await trx.updateTable('indicator_sheets').set({ ...fields, updated_at: ctx.nowIso }).where('id', '=', input.id).execute()
    const { id: _id, created_at: _c, updated_at: _u, created_by: _b, ...previous } = before
    await recordAudit(trx, ctx, {
      action: 'indicators.sheet_updated',
      entityType: 'indicator_sheet',
      entityId: input.id,
      summary: `Modificó la hoja de vida del indicador «${input.name}» ${tail}${input.active ? '' : '; quedó inactiva'}`,
      details: { from: previous, to: fields }
    })
    return input.id
  })
}
