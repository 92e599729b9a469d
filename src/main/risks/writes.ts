import { formatDate } from '../../shared/dates'
import {
  CONTROL_IMPLEMENTATION_LABELS,
  CONTROL_TYPE_LABELS,
  IMPACT_LABELS,
  PROBABILITY_LABELS,
  RISK_ZONE_LABELS,
  controlRating,
  riskZone,
  type ControlDocumentation,
  type ControlEvidence,
  type ControlFrequency,
  type ControlImplementation,
  type ControlType,
  type Level,
  type RiskType,
  type Treatment
} from '../../shared/domain/risks'
import { recordAudit } from '../audit/record'
import { authorize, hasPermission } from '../auth/permissions'
import type { AuthedCtx, Trx } from '../core/context'
import { forbidden, invalidTransition, notFound, validation } from '../core/errors'
import { activeResponsible, assertRiskRules } from './rules'

export interface RiskInput {
  description: string
  type: RiskType
  causes: string
  consequences: string
  probability: number
  impact: number
  treatment: Treatment
}

export interface ControlInput {
  description: string
  responsibleId: number
  type: ControlType
  implementation: ControlImplementation
  documentation: ControlDocumentation
  frequency: ControlFrequency
  evidence: ControlEvidence
}

const levels = (r: { probability: number; impact: number }) => {
  const p = r.probability as Level
  const i = r.impact as Level
  return `probabilidad ${PROBABILITY_LABELS[p].toLocaleLowerCase('es-CO')}, impacto ${IMPACT_LABELS[i].toLocaleLowerCase('es-CO')}, zona ${RISK_ZONE_LABELS[riskZone(p, i)].toLocaleLowerCase('es-CO')}`
}

const riskFields = (input: RiskInput) => ({
  description: input.description,
  type: input.type,
  causes: input.causes,
  consequences: input.consequences,
  probability: input.probability as Level,
  impact: input.impact as Level,
  treatment: input.treatment
})

export async function createRisk(ctx: AuthedCtx, input: RiskInput): Promise<number> {
  authorize(ctx, 'risks.manage')
  assertRiskRules(input)
  return ctx.db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('risks').select((eb) => eb.fn.max('number').as('n')).executeTakeFirst()
    const number = (last?.n ?? 0) + 1
    const { id } = await trx
      .insertInto('risks')
      .values({ ...riskFields(input), number, created_by: ctx.user.id, created_at: ctx.nowIso, updated_at: ctx.nowIso })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'risks.created',
      entityType: 'risk',
      entityId: id,
      summary: `Registró el riesgo R${number} «${input.description}» (${levels(input)})`,
      details: { number, ...input }
    })
    return id
  })
}

export async function updateRisk(ctx: AuthedCtx, id: number, input: RiskInput): Promise<void> {
  authorize(ctx, 'risks.manage')
  assertRiskRules(input)
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('risks').selectAll().where('id', '=', id).executeTakeFirst()
    if (!before) throw notFound('el riesgo')
    await trx.updateTable('risks').set({ ...riskFields(input), updated_at: ctx.nowIso }).where('id', '=', id).execute()
    await recordAudit(trx, ctx, {
      action: 'risks.updated',
      entityType: 'risk',
      entityId: id,
      summary: `Modificó el riesgo R${before.number} «${input.description}» (${levels(input)})`,
      details: {
        from: { description: before.description, type: before.type, probability: before.probability, impact: before.impact, treatment: before.treatment },
        to: input
      }
    })
  })
}

const controlSummary = (c: ControlInput) =>
  `${CONTROL_TYPE_LABELS[c.type].toLocaleLowerCase('es-CO')} ${CONTROL_IMPLEMENTATION_LABELS[c.implementation].toLocaleLowerCase('es-CO')}, calificación ${controlRating(c)} %`

const controlColumns = (c: ControlInput) => ({
  description: c.description,
  responsible_id: c.responsibleId,
  type: c.type,
  implementation: c.implementation,
  documentation: c.documentation,
  frequency: c.frequency,
  evidence: c.evidence
})

export async function addControl(ctx: AuthedCtx, riskId: number, input: ControlInput): Promise<void> {
  authorize(ctx, 'risks.manage')
  await ctx.db.transaction().execute(async (trx) => {
    const risk = await trx.selectFrom('risks').select(['id', 'number']).where('id', '=', riskId).executeTakeFirst()
    if (!risk) throw notFound('el riesgo')
    const responsible = await activeResponsible(trx, input.responsibleId)
    const { id } = await trx
      .insertInto('risk_controls')
      .values({ ...controlColumns(input), risk_id: riskId, created_at: ctx.nowIso, updated_at: ctx.nowIso })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'risks.control_added',
      entityType: 'risk',
      entityId: riskId,
      summary: `Agregó al riesgo R${risk.number} el control «${input.description}» (${controlSummary(input)}), a cargo de ${responsible.full_name}`,
      details: { controlId: id, ...input }
    })
  })
}

/** Edits a control; returns its risk. */
export async function updateControl(ctx: AuthedCtx, id: number, input: ControlInput & { active: boolean }): Promise<number> {
  authorize(ctx, 'risks.manage')
  return ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('risk_controls as c')
      .innerJoin('risks as r', 'r.id', 'c.risk_id')
      .select(['c.risk_id', 'c.responsible_id', 'c.active', 'c.type', 'c.implementation', 'c.description', 'r.number'])
      .where('c.id', '=', id)
      .executeTakeFirst()
    if (!before) throw notFound('el control')
    // Keeping an inactive person on a retired control is allowed; assigning one is not.
    const responsible =
      before.responsible_id === input.responsibleId && !input.active
        ? await trx.selectFrom('users').select(['id', 'full_name']).where('id', '=', input.responsibleId).executeTakeFirstOrThrow()
        : await activeResponsible(trx, input.responsibleId)
    await trx
      .updateTable('risk_controls')
      .set({ ...controlColumns(input), active: input.active ? 1 : 0, updated_at: ctx.nowIso })
      .where('id', '=', id)
      .execute()
    const state = before.active === 1 && !input.active ? ' y lo dejó sin efecto' : before.active === 0 && input.active ? ' y lo volvió a poner en vigor' : ''
    await recordAudit(trx, ctx, {
      action: 'risks.control_updated',
      entityType: 'risk',
      entityId: before.risk_id,
      summary: `Modificó el control «${input.description}» del riesgo R${before.number} (${controlSummary(input)}, a cargo de ${responsible.full_name})${state}`,
      details: { controlId: id, from: { description: before.description, type: before.type, implementation: before.implementation, active: before.active }, to: input }
    })
    return before.risk_id
  })
}

export interface FollowUpInput {
  controlId: number
  followedOn: string
  executed: boolean
  evidence: string
  observation: string
}

/** Records a follow-up of a control; returns its risk. Only the control's responsible or the jefe. */
export async function recordFollowUp(ctx: AuthedCtx, input: FollowUpInput): Promise<number> {
  authorize(ctx, 'risks.followup')
  return ctx.db.transaction().execute(async (trx: Trx) => {
    const control = await trx
      .selectFrom('risk_controls as c')
      .innerJoin('risks as r', 'r.id', 'c.risk_id')
      .innerJoin('users as u', 'u.id', 'c.responsible_id')
      .select(['c.id', 'c.risk_id', 'c.responsible_id', 'c.active', 'c.description', 'r.number', 'u.full_name'])
      .where('c.id', '=', input.controlId)
      .executeTakeFirst()
    if (!control) throw notFound('el control')
    if (control.responsible_id !== ctx.user.id && !hasPermission(ctx.user.role, 'risks.manage')) {
      throw forbidden(`Solo ${control.full_name}, responsable del control, o el jefe de la oficina registran su seguimiento.`)
    }
    if (control.active !== 1) throw invalidTransition('Este control ya no está en vigor: no admite seguimientos. Vuelva a ponerlo en vigor si se sigue aplicando.')
    if (input.followedOn > ctx.today) {
      throw validation('El seguimiento no puede tener una fecha futura.', { followedOn: `Use una fecha hasta hoy (${formatDate(ctx.today)}).` })
    }
    if (input.executed && input.evidence === '') {
      throw validation('Describa la evidencia de que el control se ejecutó (p. ej. «Acta de aprobación en Pauta»).', {
        evidence: 'Un control ejecutado deja evidencia: descríbala.'
      })
    }
    const { id } = await trx
      .insertInto('risk_followups')
      .values({
        control_id: input.controlId,
        followed_on: input.followedOn,
        executed: input.executed ? 1 : 0,
        evidence: input.evidence,
        observation: input.observation,
        recorded_by: ctx.user.id,
        created_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'risks.followup_recorded',
      entityType: 'risk',
      entityId: control.risk_id,
      summary: `Registró el seguimiento del ${formatDate(input.followedOn)} al control «${control.description}» del riesgo R${control.number}: ${input.executed ? 'se ejecutó' : 'no se ejecutó'}`,
      details: { followUpId: id, ...input }
    })
    return control.risk_id
  })
}
