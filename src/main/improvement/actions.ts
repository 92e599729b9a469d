import { formatDate } from '../../shared/dates'
import { recordAudit } from '../audit/record'
import { authorize, hasPermission } from '../auth/permissions'
import type { AuthedCtx, Trx } from '../core/context'
import { forbidden, notFound } from '../core/errors'
import { activeResponsible } from '../risks/rules'
import { openFinding } from './findings'

export interface ActionInput {
  description: string
  responsibleId: number
  startsOn: string
  dueOn: string
}

export async function addAction(ctx: AuthedCtx, findingId: number, input: ActionInput): Promise<void> {
  authorize(ctx, 'improvement.manage')
  await ctx.db.transaction().execute(async (trx) => {
    const finding = await openFinding(trx, findingId)
    const responsible = await activeResponsible(trx, input.responsibleId)
    const { id } = await trx
      .insertInto('improvement_actions')
      .values({
        finding_id: findingId,
        description: input.description,
        responsible_id: input.responsibleId,
        starts_on: input.startsOn,
        due_on: input.dueOn,
        created_at: ctx.nowIso,
        updated_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'improvement.action_added',
      entityType: 'improvement_finding',
      entityId: findingId,
      summary: `Agregó al hallazgo H${finding.number} la acción «${input.description}», a cargo de ${responsible.full_name}, del ${formatDate(input.startsOn)} al ${formatDate(input.dueOn)}`,
      details: { actionId: id, ...input }
    })
  })
}

async function actionOf(trx: Trx, actionId: number) {
  const action = await trx
    .selectFrom('improvement_actions as a')
    .innerJoin('users as u', 'u.id', 'a.responsible_id')
    .select(['a.id', 'a.finding_id', 'a.description', 'a.responsible_id', 'a.progress', 'a.starts_on', 'a.due_on', 'u.full_name'])
    .where('a.id', '=', actionId)
    .executeTakeFirst()
  if (!action) throw notFound('la acción de mejora')
  return action
}

/** Edits an action; returns its finding. */
export async function updateAction(ctx: AuthedCtx, actionId: number, input: ActionInput): Promise<number> {
  authorize(ctx, 'improvement.manage')
  return ctx.db.transaction().execute(async (trx) => {
    const before = await actionOf(trx, actionId)
    const finding = await openFinding(trx, before.finding_id)
    const responsible = await activeResponsible(trx, input.responsibleId)
    await trx
      .updateTable('improvement_actions')
      .set({ description: input.description, responsible_id: input.responsibleId, starts_on: input.startsOn, due_on: input.dueOn, updated_at: ctx.nowIso })
      .where('id', '=', actionId)
      .execute()
    const moved = before.due_on !== input.dueOn ? `; la fecha límite pasó del ${formatDate(before.due_on)} al ${formatDate(input.dueOn)}` : ''
    await recordAudit(trx, ctx, {
      action: 'improvement.action_updated',
      entityType: 'improvement_finding',
      entityId: before.finding_id,
      summary: `Modificó la acción «${input.description}» del hallazgo H${finding.number}, a cargo de ${responsible.full_name}${moved}`,
      details: { actionId, from: { description: before.description, responsibleId: before.responsible_id, startsOn: before.starts_on, dueOn: before.due_on }, to: input }
    })
    return before.finding_id
  })
}

/** The action's responsible or the jefe reports its progress; returns its finding. */
export async function recordProgress(ctx: AuthedCtx, actionId: number, progress: number, evidence: string): Promise<number> {
  authorize(ctx, 'improvement.progress')
  return ctx.db.transaction().execute(async (trx) => {
    const action = await actionOf(trx, actionId)
    if (action.responsible_id !== ctx.user.id && !hasPermission(ctx.user.role, 'improvement.manage')) {
      throw forbidden(`Solo ${action.full_name}, responsable de la acción, o el jefe de la oficina registran su avance.`)
    }
    const finding = await openFinding(trx, action.finding_id)
    await trx.updateTable('improvement_actions').set({ progress, updated_at: ctx.nowIso }).where('id', '=', actionId).execute()
    await trx
      .insertInto('improvement_progress')
      .values({ action_id: actionId, progress, evidence, recorded_by: ctx.user.id, recorded_at: ctx.nowIso })
      .execute()
    await recordAudit(trx, ctx, {
      action: 'improvement.progress_recorded',
      entityType: 'improvement_finding',
      entityId: action.finding_id,
      summary: `Registró un avance del ${progress} % (antes ${action.progress} %) en la acción «${action.description}» del hallazgo H${finding.number}`,
      details: { actionId, from: action.progress, to: progress, evidence }
    })
    return action.finding_id
  })
}
