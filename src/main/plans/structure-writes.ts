import type { PlanActivity, PlanStrategy } from '../../shared/contract'
import { STRATEGY_KIND_LABELS, type Frequency, type PhvaPhase, type StrategyKind } from '../../shared/domain/plans'
import type { AuthedCtx, Trx } from '../core/context'
import { recordAudit } from '../audit/record'
import { activityNotFound, getActivity, getStrategy, shortDescription } from './queries'
import { assertActivityLinks, openPlan, openStrategy } from './rules'

interface StrategyFields {
  kind: StrategyKind
  name: string
  objective: string
}

interface ActivityFields {
  description: string
  frequency: Frequency
  phvaPhase: PhvaPhase
  channelIds: number[]
  audienceIds: number[]
  responsibleId: number | null
  goalQuantity: number
  goalUnit: string
}

// Strategy and activity changes are recorded against the plan, so the plan's history tells the whole story.

export async function createStrategy(ctx: AuthedCtx, input: StrategyFields & { planId: number }): Promise<PlanStrategy> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const plan = await openPlan(trx, input.planId)
    const inserted = await trx
      .insertInto('plan_strategies')
      .values({ plan_id: plan.id, kind: input.kind, name: input.name, objective: input.objective })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'plans.strategy_created',
      entityType: 'plan',
      entityId: plan.id,
      summary: `Agregó la estrategia «${input.name}» (${STRATEGY_KIND_LABELS[input.kind]}) al plan «${plan.name}»`,
      details: { strategyId: inserted.id, kind: input.kind, name: input.name }
    })
    return inserted.id
  })
  return getStrategy(ctx.db, id)
}

export async function updateStrategy(ctx: AuthedCtx, input: StrategyFields & { id: number }): Promise<PlanStrategy> {
  await ctx.db.transaction().execute(async (trx) => {
    const strategy = await openStrategy(trx, input.id)
    const before = await trx.selectFrom('plan_strategies').select(['kind', 'name', 'objective']).where('id', '=', input.id).executeTakeFirstOrThrow()
    if (before.kind === input.kind && before.name === input.name && before.objective === input.objective) return
    await trx
      .updateTable('plan_strategies')
      .set({ kind: input.kind, name: input.name, objective: input.objective })
      .where('id', '=', input.id)
      .execute()
    await recordAudit(trx, ctx, {
      action: 'plans.strategy_updated',
      entityType: 'plan',
      entityId: strategy.plan.id,
      summary: `Modificó la estrategia «${input.name}» del plan «${strategy.plan.name}»`,
      details: { strategyId: input.id, before, after: { kind: input.kind, name: input.name, objective: input.objective } }
    })
  })
  return getStrategy(ctx.db, input.id)
}

async function replaceLinks(trx: Trx, activityId: number, input: ActivityFields): Promise<void> {
  await trx.deleteFrom('plan_activity_channels').where('activity_id', '=', activityId).execute()
  await trx.deleteFrom('plan_activity_audiences').where('activity_id', '=', activityId).execute()
  const channels = [...new Set(input.channelIds)]
  const audiences = [...new Set(input.audienceIds)]
  if (channels.length) {
    await trx.insertInto('plan_activity_channels').values(channels.map((channel_id) => ({ activity_id: activityId, channel_id }))).execute()
  }
  if (audiences.length) {
    await trx.insertInto('plan_activity_audiences').values(audiences.map((audience_id) => ({ activity_id: activityId, audience_id }))).execute()
  }
}

const activityColumns = (input: ActivityFields) => ({
  description: input.description,
  frequency: input.frequency,
  phva_phase: input.phvaPhase,
  responsible_id: input.responsibleId,
  goal_quantity: input.goalQuantity,
  goal_unit: input.goalUnit
})

export async function createActivity(ctx: AuthedCtx, input: ActivityFields & { strategyId: number }): Promise<PlanActivity> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const strategy = await openStrategy(trx, input.strategyId)
    await assertActivityLinks(trx, input, null)
    const inserted = await trx
      .insertInto('plan_activities')
      .values({ strategy_id: strategy.id, ...activityColumns(input) })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replaceLinks(trx, inserted.id, input)
    await recordAudit(trx, ctx, {
      action: 'plans.activity_created',
      entityType: 'plan',
      entityId: strategy.plan.id,
      summary: `Agregó la actividad «${shortDescription(input.description)}» a la estrategia «${strategy.name}»`,
      details: { activityId: inserted.id, strategyId: strategy.id }
    })
    return inserted.id
  })
  return getActivity(ctx.db, id)
}

export async function updateActivity(ctx: AuthedCtx, input: ActivityFields & { id: number }): Promise<PlanActivity> {
  await ctx.db.transaction().execute(async (trx) => {
    const strategyId = await trx.selectFrom('plan_activities').select('strategy_id').where('id', '=', input.id).executeTakeFirst()
    if (!strategyId) throw activityNotFound()
    const strategy = await openStrategy(trx, strategyId.strategy_id)
    const before = activityFieldsOf(await getActivity(trx, input.id))
    const after = activityFieldsOf(input)
    if (JSON.stringify(before) === JSON.stringify(after)) return
    await assertActivityLinks(trx, after, before)
    await trx.updateTable('plan_activities').set(activityColumns(input)).where('id', '=', input.id).execute()
    await replaceLinks(trx, input.id, input)
    await recordAudit(trx, ctx, {
      action: 'plans.activity_updated',
      entityType: 'plan',
      entityId: strategy.plan.id,
      summary: `Modificó la actividad «${shortDescription(input.description)}» de la estrategia «${strategy.name}»`,
      details: { activityId: input.id, before: { ...before }, after: { ...after } }
    })
  })
  return getActivity(ctx.db, input.id)
}

/** The editable fields alone, links deduplicated and sorted, so two versions compare as text. */
function activityFieldsOf(a: ActivityFields): ActivityFields {
  return {
    description: a.description,
    frequency: a.frequency,
    phvaPhase: a.phvaPhase,
    channelIds: [...new Set(a.channelIds)].sort((x, y) => x - y),
    audienceIds: [...new Set(a.audienceIds)].sort((x, y) => x - y),
    responsibleId: a.responsibleId,
    goalQuantity: a.goalQuantity,
    goalUnit: a.goalUnit
  }
}
