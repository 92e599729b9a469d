import { formatDate } from '../../../shared/dates'
import type { Frequency, PhvaPhase } from '../../../shared/domain/plans'
import { notFound, validation } from '../../core/errors'
import type { Db } from '../../db/connection'
import { colombianDate, period } from '../period'
import type { ActivityFacts } from './figures'

export interface FollowupActivity extends ActivityFacts {
  id: number
  strategyId: number
  description: string
  phvaPhase: PhvaPhase
  frequency: Frequency
  responsibleName: string | null
  goalUnit: string
}

export interface FollowupData {
  plan: { id: number; name: string; startsOn: string; endsOn: string }
  /** The period asked for, and the part of it inside the plan's vigencia. */
  requested: { from: string; to: string }
  from: string
  to: string
  strategies: { id: number; name: string }[]
  activities: FollowupActivity[]
}

export async function loadFollowupData(db: Db, planId: number, from: string, to: string): Promise<FollowupData> {
  const plan = await db.selectFrom('plans').select(['id', 'name', 'starts_on', 'ends_on']).where('id', '=', planId).executeTakeFirst()
  if (!plan) throw notFound('el plan')
  const clippedFrom = from > plan.starts_on ? from : plan.starts_on
  const clippedTo = to < plan.ends_on ? to : plan.ends_on
  if (clippedFrom > clippedTo) {
    throw validation(
      `El periodo no coincide con la vigencia del plan «${plan.name}» (${formatDate(plan.starts_on)} a ${formatDate(plan.ends_on)}). Elija fechas dentro de ella.`,
      { from: 'Fuera de la vigencia del plan.' }
    )
  }
  const span = period(clippedFrom, clippedTo)
  const [strategies, activities, firsts, publications] = await Promise.all([
    db.selectFrom('plan_strategies').select(['id', 'name']).where('plan_id', '=', planId).orderBy('id').execute(),
    db
      .selectFrom('plan_activities as a')
      .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
      .leftJoin('users as u', 'u.id', 'a.responsible_id')
      .select(['a.id', 'a.strategy_id', 'a.description', 'a.frequency', 'a.phva_phase', 'u.full_name', 'a.goal_quantity', 'a.goal_unit'])
      .where('s.plan_id', '=', planId)
      .orderBy('s.id')
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('pieces as p')
      .innerJoin('publications as pb', 'pb.piece_id', 'p.id')
      .innerJoin('plan_activities as a', 'a.id', 'p.activity_id')
      .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
      .select((eb) => ['p.activity_id', eb.fn.min<string>('pb.published_at').as('first_at')])
      .where('s.plan_id', '=', planId)
      .where('p.state', '<>', 'cancelada')
      .groupBy(['p.id', 'p.activity_id'])
      .execute(),
    db
      .selectFrom('publications as pb')
      .innerJoin('pieces as p', 'p.id', 'pb.piece_id')
      .innerJoin('plan_activities as a', 'a.id', 'p.activity_id')
      .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
      .select(['p.activity_id', 'pb.published_at'])
      .where('s.plan_id', '=', planId)
      .where('pb.published_at', '>=', span.startIso)
      .where('pb.published_at', '<', span.endIso)
      .execute()
  ])
  const byActivity = (rows: { activity_id: number; at: string }[]) => {
    const map = new Map<number, string[]>()
    for (const r of rows) map.set(r.activity_id, [...(map.get(r.activity_id) ?? []), colombianDate(r.at)])
    return map
  }
  const firstOf = byActivity(firsts.map((f) => ({ activity_id: f.activity_id, at: f.first_at })))
  const publishedOf = byActivity(publications.map((p) => ({ activity_id: p.activity_id, at: p.published_at })))
  return {
    plan: { id: plan.id, name: plan.name, startsOn: plan.starts_on, endsOn: plan.ends_on },
    requested: { from, to },
    from: clippedFrom,
    to: clippedTo,
    strategies,
    activities: activities.map((a) => ({
      id: a.id,
      strategyId: a.strategy_id,
      description: a.description,
      phvaPhase: a.phva_phase,
      frequency: a.frequency,
      responsibleName: a.full_name,
      goalQuantity: a.goal_quantity,
      goalUnit: a.goal_unit,
      firstPublications: firstOf.get(a.id) ?? [],
      publications: publishedOf.get(a.id) ?? []
    }))
  }
}
