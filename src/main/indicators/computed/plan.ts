import { requiredSpans } from '../../reports/plan-followup/figures'
import { colombianDate } from '../../reports/period'
import { percentFigures, span, type ComputeInput, type Figures } from './figures'

/**
 * Activities of the plans in force (vigente or cerrado) whose frequency asks for at least one span
 * inside the period; an activity is executed when each of those spans has the first publication of
 * one of its pieces, the same rule as the plan follow-up report.
 */
export async function planExecution({ db, period, today }: ComputeInput): Promise<Figures> {
  const activities = await db
    .selectFrom('plan_activities as a')
    .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
    .innerJoin('plans as pl', 'pl.id', 's.plan_id')
    .select(['a.id', 'a.frequency', 'pl.starts_on', 'pl.ends_on'])
    .where('pl.status', 'in', ['vigente', 'cerrado'])
    .where('pl.starts_on', '<=', period.to)
    .where('pl.ends_on', '>=', period.from)
    .execute()
  const programmed = activities
    .map((a) => ({
      id: a.id,
      spans: requiredSpans(a.frequency, a.starts_on > period.from ? a.starts_on : period.from, a.ends_on < period.to ? a.ends_on : period.to, today)
    }))
    .filter((a) => a.spans.length > 0)
  const firsts =
    programmed.length === 0
      ? []
      : await db
          .selectFrom('pieces as p')
          .innerJoin('publications as pb', 'pb.piece_id', 'p.id')
          .select((eb) => ['p.activity_id', eb.fn.min<string>('pb.published_at').as('first_at')])
          .where('p.state', '<>', 'cancelada')
          .where(
            'p.activity_id',
            'in',
            programmed.map((a) => a.id)
          )
          .groupBy(['p.id', 'p.activity_id'])
          .execute()
  const datesOf = new Map<number, string[]>()
  for (const f of firsts) datesOf.set(f.activity_id, [...(datesOf.get(f.activity_id) ?? []), colombianDate(f.first_at)])
  const executed = programmed.filter((a) =>
    a.spans.every((s) => (datesOf.get(a.id) ?? []).some((d) => d >= s.start && d <= s.end))
  ).length
  return percentFigures(
    executed,
    programmed.length,
    `${executed} de ${programmed.length} actividades programadas ${span(period)} cumplieron su frecuencia (una publicación en cada lapso exigido).`,
    `ninguna actividad de un plan vigente tenía un lapso completo y cerrado ${span(period)}.`
  )
}
