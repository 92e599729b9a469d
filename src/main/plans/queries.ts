import type { ActivityOption, PlanActivity, PlanDetail, PlanStrategy, PlanSummary } from '../../shared/contract'
import type { Db } from '../db/connection'
import type { Trx } from '../core/context'
import { AppError, notFound } from '../core/errors'

type Reader = Db | Trx

export const strategyNotFound = () => new AppError('NOT_FOUND', 'La estrategia no existe. Actualice el plan.')
export const activityNotFound = () => new AppError('NOT_FOUND', 'La actividad no existe. Actualice el plan.')

function summariesQuery(db: Reader) {
  return db.selectFrom('plans as p').select((eb) => [
    'p.id',
    'p.name',
    'p.starts_on',
    'p.ends_on',
    'p.scope',
    'p.status',
    'p.description',
    eb
      .selectFrom('plan_strategies as s')
      .select(eb.fn.countAll<number>().as('n'))
      .whereRef('s.plan_id', '=', 'p.id')
      .as('strategy_count'),
    eb
      .selectFrom('plan_activities as a')
      .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
      .select(eb.fn.countAll<number>().as('n'))
      .whereRef('s.plan_id', '=', 'p.id')
      .as('activity_count')
  ])
}

type SummaryRecord = Awaited<ReturnType<ReturnType<typeof summariesQuery>['executeTakeFirstOrThrow']>>

const toSummary = (r: SummaryRecord): PlanSummary => ({
  id: r.id,
  name: r.name,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  scope: r.scope,
  status: r.status,
  description: r.description,
  strategyCount: r.strategy_count ?? 0,
  activityCount: r.activity_count ?? 0
})

/** Most recent vigencia first. */
export async function listPlans(db: Reader): Promise<PlanSummary[]> {
  const rows = await summariesQuery(db).orderBy('p.starts_on', 'desc').orderBy('p.id', 'desc').execute()
  return rows.map(toSummary)
}

export async function getPlanSummary(db: Reader, id: number): Promise<PlanSummary> {
  const row = await summariesQuery(db).where('p.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('el plan')
  return toSummary(row)
}

/** Activities with their links and progress; cancelled pieces are not counted as planned work. */
async function loadActivities(db: Reader, where: { planId: number } | { strategyId: number } | { activityId: number }): Promise<PlanActivity[]> {
  let query = db
    .selectFrom('plan_activities as a')
    .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
    .leftJoin('users as u', 'u.id', 'a.responsible_id')
    .select((eb) => [
      'a.id',
      'a.strategy_id',
      'a.description',
      'a.frequency',
      'a.phva_phase',
      'a.responsible_id',
      'u.full_name',
      'a.goal_quantity',
      'a.goal_unit',
      eb
        .selectFrom('pieces as pc')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('pc.activity_id', '=', 'a.id')
        .where('pc.state', '<>', 'cancelada')
        .as('piece_count'),
      eb
        .selectFrom('pieces as pc')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('pc.activity_id', '=', 'a.id')
        .where('pc.state', '=', 'publicada')
        .as('published_count')
    ])
    .orderBy('a.id')
  if ('planId' in where) query = query.where('s.plan_id', '=', where.planId)
  else if ('strategyId' in where) query = query.where('a.strategy_id', '=', where.strategyId)
  else query = query.where('a.id', '=', where.activityId)
  const rows = await query.execute()
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const [channels, audiences] = await Promise.all([
    db.selectFrom('plan_activity_channels').select(['activity_id', 'channel_id as item_id']).where('activity_id', 'in', ids).execute(),
    db.selectFrom('plan_activity_audiences').select(['activity_id', 'audience_id as item_id']).where('activity_id', 'in', ids).execute()
  ])
  const group = (links: { activity_id: number; item_id: number }[]) => {
    const map = new Map<number, number[]>()
    for (const l of links) map.set(l.activity_id, [...(map.get(l.activity_id) ?? []), l.item_id])
    for (const list of map.values()) list.sort((x, y) => x - y)
    return map
  }
  const channelsOf = group(channels)
  const audiencesOf = group(audiences)
  return rows.map((r) => ({
    id: r.id,
    strategyId: r.strategy_id,
    description: r.description,
    frequency: r.frequency,
    phvaPhase: r.phva_phase,
    channelIds: channelsOf.get(r.id) ?? [],
    audienceIds: audiencesOf.get(r.id) ?? [],
    responsibleId: r.responsible_id,
    responsibleName: r.full_name,
    goalQuantity: r.goal_quantity,
    goalUnit: r.goal_unit,
    pieceCount: r.piece_count ?? 0,
    publishedCount: r.published_count ?? 0
  }))
}

export async function getActivity(db: Reader, id: number): Promise<PlanActivity> {
  const [activity] = await loadActivities(db, { activityId: id })
  if (!activity) throw activityNotFound()
  return activity
}

export async function getStrategy(db: Reader, id: number): Promise<PlanStrategy> {
  const row = await db.selectFrom('plan_strategies').select(['id', 'plan_id', 'kind', 'name', 'objective']).where('id', '=', id).executeTakeFirst()
  if (!row) throw strategyNotFound()
  const activities = await loadActivities(db, { strategyId: id })
  return { id: row.id, planId: row.plan_id, kind: row.kind, name: row.name, objective: row.objective, activities }
}

export async function getPlanDetail(db: Reader, id: number): Promise<PlanDetail> {
  const summary = await getPlanSummary(db, id)
  const [strategies, activities] = await Promise.all([
    db.selectFrom('plan_strategies').select(['id', 'plan_id', 'kind', 'name', 'objective']).where('plan_id', '=', id).orderBy('id').execute(),
    loadActivities(db, { planId: id })
  ])
  return {
    ...summary,
    strategies: strategies.map((s) => ({
      id: s.id,
      planId: s.plan_id,
      kind: s.kind,
      name: s.name,
      objective: s.objective,
      activities: activities.filter((a) => a.strategyId === s.id)
    }))
  }
}

const SHORT = 70

/** A description cut at a word boundary, so option lists stay one line. */
export function shortDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= SHORT) return flat
  const cut = flat.slice(0, SHORT)
  const space = cut.lastIndexOf(' ')
  return `${(space > SHORT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}

/** Activities a new piece may be linked to: those of plans not yet closed. */
export async function listActivityOptions(db: Reader): Promise<ActivityOption[]> {
  const rows = await db
    .selectFrom('plan_activities as a')
    .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
    .innerJoin('plans as p', 'p.id', 's.plan_id')
    .select(['a.id', 'a.description', 's.name as strategy_name', 'p.name as plan_name'])
    .where('p.status', '<>', 'cerrado')
    .orderBy('p.starts_on', 'desc')
    .orderBy('p.id', 'desc')
    .orderBy('s.id')
    .orderBy('a.id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    label: `${r.strategy_name} · ${shortDescription(r.description)}`,
    planName: r.plan_name,
    strategyName: r.strategy_name
  }))
}
