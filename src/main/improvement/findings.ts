import { formatDate } from '../../shared/dates'
import { FINDING_SOURCE_LABELS, type ActionType, type FindingSource } from '../../shared/domain/improvement'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx, Trx } from '../core/context'
import { invalidTransition, notFound, validation } from '../core/errors'

export interface FindingInput {
  description: string
  source: FindingSource
  sourceDetail: string
  indicatorSheetId: number | null
  riskId: number | null
  cause: string
  actionType: ActionType
  identifiedOn: string
}

/** A finding links to an indicator only when it comes from one, to a risk only when it comes from one; the link must exist. */
async function checkSource(trx: Trx, ctx: AuthedCtx, input: FindingInput): Promise<void> {
  if (input.identifiedOn > ctx.today) {
    throw validation('Un hallazgo no puede identificarse en una fecha futura.', { identifiedOn: `Use una fecha hasta hoy (${formatDate(ctx.today)}).` })
  }
  if (input.indicatorSheetId !== null) {
    if (input.source !== 'indicador') {
      throw validation('Solo un hallazgo cuya fuente es un indicador se vincula a una hoja de indicador.', { indicatorSheetId: 'Cambie la fuente a «Indicador» o quite el indicador.' })
    }
    const sheet = await trx.selectFrom('indicator_sheets').select('id').where('id', '=', input.indicatorSheetId).executeTakeFirst()
    if (!sheet) throw validation('El indicador elegido ya no existe. Elija otro.', { indicatorSheetId: 'Este indicador no existe.' })
  }
  if (input.riskId !== null) {
    if (input.source !== 'riesgo') {
      throw validation('Solo un hallazgo cuya fuente es un riesgo se vincula a un riesgo de la matriz.', { riskId: 'Cambie la fuente a «Riesgo» o quite el riesgo.' })
    }
    const risk = await trx.selectFrom('risks').select('id').where('id', '=', input.riskId).executeTakeFirst()
    if (!risk) throw validation('El riesgo elegido ya no existe. Elija otro.', { riskId: 'Este riesgo no existe.' })
  }
}

const columns = (input: FindingInput) => ({
  description: input.description,
  source: input.source,
  source_detail: input.sourceDetail,
  indicator_sheet_id: input.indicatorSheetId,
  risk_id: input.riskId,
  cause: input.cause,
  action_type: input.actionType,
  identified_on: input.identifiedOn
})

export async function createFinding(ctx: AuthedCtx, input: FindingInput): Promise<number> {
  authorize(ctx, 'improvement.manage')
  return ctx.db.transaction().execute(async (trx) => {
    await checkSource(trx, ctx, input)
    const last = await trx.selectFrom('improvement_findings').select((eb) => eb.fn.max('number').as('n')).executeTakeFirst()
    const number = (last?.n ?? 0) + 1
    const { id } = await trx
      .insertInto('improvement_findings')
      .values({ ...columns(input), number, created_by: ctx.user.id, created_at: ctx.nowIso, updated_at: ctx.nowIso })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'improvement.finding_created',
      entityType: 'improvement_finding',
      entityId: id,
      summary: `Registró el hallazgo H${number} «${input.description}» (fuente: ${FINDING_SOURCE_LABELS[input.source].toLocaleLowerCase('es-CO')})`,
      details: { number, ...input }
    })
    return id
  })
}

/** The finding, refusing changes once it is closed. */
export async function openFinding(trx: Trx, id: number) {
  const finding = await trx.selectFrom('improvement_findings').selectAll().where('id', '=', id).executeTakeFirst()
  if (!finding) throw notFound('el hallazgo')
  if (finding.state === 'cerrado') throw invalidTransition(`El hallazgo H${finding.number} está cerrado: ya no admite cambios.`)
  return finding
}

export async function updateFinding(ctx: AuthedCtx, id: number, input: FindingInput): Promise<void> {
  authorize(ctx, 'improvement.manage')
  await ctx.db.transaction().execute(async (trx) => {
    const before = await openFinding(trx, id)
    await checkSource(trx, ctx, input)
    await trx.updateTable('improvement_findings').set({ ...columns(input), updated_at: ctx.nowIso }).where('id', '=', id).execute()
    await recordAudit(trx, ctx, {
      action: 'improvement.finding_updated',
      entityType: 'improvement_finding',
      entityId: id,
      summary: `Modificó el hallazgo H${before.number} «${input.description}»`,
      details: { from: { description: before.description, source: before.source, action_type: before.action_type, identified_on: before.identified_on }, to: input }
    })
  })
}

/** Closes a finding once every one of its actions is complete. */
export async function closeFinding(ctx: AuthedCtx, id: number, closingNote: string): Promise<void> {
  authorize(ctx, 'improvement.manage')
  await ctx.db.transaction().execute(async (trx) => {
    const finding = await openFinding(trx, id)
    const actions = await trx.selectFrom('improvement_actions').select(['description', 'progress']).where('finding_id', '=', id).execute()
    if (actions.length === 0) throw invalidTransition(`El hallazgo H${finding.number} no tiene acciones: agregue y complete al menos una antes de cerrarlo.`)
    const pending = actions.filter((a) => a.progress < 100)
    if (pending.length > 0) {
      const names = pending.map((a) => `«${a.description}» (${a.progress} %)`).join(', ')
      throw invalidTransition(`Para cerrar el hallazgo H${finding.number} todas sus acciones deben estar al 100 %. Faltan: ${names}.`)
    }
    await trx
      .updateTable('improvement_findings')
      .set({ state: 'cerrado', closing_note: closingNote, closed_at: ctx.nowIso, closed_by: ctx.user.id, updated_at: ctx.nowIso })
      .where('id', '=', id)
      .execute()
    await recordAudit(trx, ctx, {
      action: 'improvement.finding_closed',
      entityType: 'improvement_finding',
      entityId: id,
      summary: `Cerró el hallazgo H${finding.number} «${finding.description}»`,
      details: { closingNote }
    })
  })
}
