import type { PlanDetail } from '../../shared/contract'
import { formatDate } from '../../shared/dates'
import { PLAN_SCOPE_LABELS, PLAN_STATUS_LABELS, type PlanScope, type PlanStatus } from '../../shared/domain/plans'
import type { AuthedCtx } from '../core/context'
import { notFound } from '../core/errors'
import { recordAudit } from '../audit/record'
import { getPlanDetail } from './queries'
import { planClosed } from './rules'

interface PlanFields {
  name: string
  startsOn: string
  endsOn: string
  scope: PlanScope
  status: PlanStatus
  description: string
}

const vigencia = (p: { startsOn: string; endsOn: string }) => `${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}`

export async function createPlan(ctx: AuthedCtx, input: PlanFields): Promise<PlanDetail> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('plans')
      .values({
        name: input.name,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        scope: input.scope,
        status: input.status,
        description: input.description,
        created_at: ctx.nowIso,
        updated_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'plans.created',
      entityType: 'plan',
      entityId: inserted.id,
      summary: `Registró el plan «${input.name}» con vigencia ${vigencia(input)} (${PLAN_STATUS_LABELS[input.status]})`,
      details: { ...input }
    })
    return inserted.id
  })
  return getPlanDetail(ctx.db, id)
}

function describeChanges(before: PlanFields, after: PlanFields): string[] {
  const changes: string[] = []
  if (before.name !== after.name) changes.push(`nombre «${before.name}» → «${after.name}»`)
  if (before.startsOn !== after.startsOn || before.endsOn !== after.endsOn) {
    changes.push(`vigencia ${vigencia(before)} → ${vigencia(after)}`)
  }
  if (before.scope !== after.scope) changes.push(`alcance ${PLAN_SCOPE_LABELS[before.scope]} → ${PLAN_SCOPE_LABELS[after.scope]}`)
  if (before.description !== after.description) changes.push('descripción')
  if (before.status !== after.status) changes.push(`estado ${PLAN_STATUS_LABELS[before.status]} → ${PLAN_STATUS_LABELS[after.status]}`)
  return changes
}

/**
 * A closed plan only accepts being reopened (a status change and nothing else), so a plan closed
 * by mistake can be corrected without ever editing a closed record in place.
 */
export async function updatePlan(ctx: AuthedCtx, input: PlanFields & { id: number }): Promise<PlanDetail> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('plans').selectAll().where('id', '=', input.id).executeTakeFirst()
    if (!row) throw notFound('el plan')
    const before: PlanFields = {
      name: row.name,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      scope: row.scope,
      status: row.status,
      description: row.description
    }
    const changes = describeChanges(before, input)
    if (changes.length === 0) return
    const reopening = before.status === 'cerrado' && input.status !== 'cerrado'
    if (before.status === 'cerrado' && !(reopening && changes.length === 1)) {
      throw planClosed(before.name)
    }
    await trx
      .updateTable('plans')
      .set({
        name: input.name,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        scope: input.scope,
        status: input.status,
        description: input.description,
        updated_at: ctx.nowIso
      })
      .where('id', '=', input.id)
      .execute()
    const summary = reopening
      ? `Reabrió el plan «${input.name}» (estado ${PLAN_STATUS_LABELS[input.status]})`
      : input.status === 'cerrado' && before.status !== 'cerrado'
        ? `Cerró el plan «${input.name}»${changes.length > 1 ? `; además cambió: ${changes.slice(0, -1).join('; ')}` : ''}`
        : `Modificó el plan «${input.name}»: ${changes.join('; ')}`
    await recordAudit(trx, ctx, {
      action: 'plans.updated',
      entityType: 'plan',
      entityId: input.id,
      summary,
      details: { before: { ...before }, after: { ...input } }
    })
  })
  return getPlanDetail(ctx.db, input.id)
}
