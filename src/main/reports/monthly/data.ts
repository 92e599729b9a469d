import type { PieceType, ReviewDecision, ReviewStage } from '../../../shared/domain/pieces'
import { SOCIAL_METRICS, type SocialMetric, type SocialNetwork } from '../../../shared/domain/reports'
import type { Db } from '../../db/connection'
import { monthPeriod, previousMonth, type Period } from '../period'

export interface ProducedPiece {
  id: number
  type: PieceType
  strategy: string
  /** The dependencia of the piece's request; null for the office's own initiatives. */
  dependencia: string | null
  channels: string[]
}

export interface Approval {
  stage: ReviewStage
  approvedAt: string
  /** First time the stage was sent to review; null when the trail does not have it. */
  submittedAt: string | null
}

export interface DuePiece {
  dueDate: string
  firstPublishedAt: string | null
}

export type SocialValues = Record<SocialMetric, number | null>

export interface MonthlyData {
  month: string
  period: Period
  /** Colombian date the report is generated on. */
  today: string
  officeName: string
  produced: ProducedPiece[]
  publicationChannels: string[]
  approvals: Approval[]
  reviews: { pieceId: number; decision: ReviewDecision }[]
  due: DuePiece[]
  social: { current: Map<SocialNetwork, SocialValues>; previous: Map<SocialNetwork, SocialValues> }
}

/** Reviews whose approval finished the piece: design, or content when the piece needs no design. */
function finalApprovals(db: Db, p: Period) {
  return db
    .selectFrom('reviews as rv')
    .innerJoin('pieces as p', 'p.id', 'rv.piece_id')
    .where('rv.decision', '=', 'aprobada')
    .where('rv.created_at', '>=', p.startIso)
    .where('rv.created_at', '<', p.endIso)
    .where('p.state', '<>', 'cancelada')
    .where((eb) => eb.or([eb('rv.stage', '=', 'diseno'), eb.and([eb('rv.stage', '=', 'contenido'), eb('p.requires_design', '=', 0)])]))
}

async function loadProduced(db: Db, p: Period): Promise<ProducedPiece[]> {
  const [pieces, channels] = await Promise.all([
    finalApprovals(db, p)
      .innerJoin('plan_activities as a', 'a.id', 'p.activity_id')
      .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
      .leftJoin('requests as r', 'r.id', 'p.request_id')
      .leftJoin('catalogue_items as dep', 'dep.id', 'r.dependencia_id')
      .select(['p.id', 'p.type', 's.name as strategy', 'dep.name as dependencia'])
      .orderBy('p.id')
      .execute(),
    finalApprovals(db, p)
      .innerJoin('piece_channels as pc', 'pc.piece_id', 'p.id')
      .innerJoin('catalogue_items as ch', 'ch.id', 'pc.channel_id')
      .select(['p.id', 'ch.name'])
      .execute()
  ])
  const channelsOf = new Map<number, string[]>()
  for (const c of channels) channelsOf.set(c.id, [...(channelsOf.get(c.id) ?? []), c.name])
  return pieces.map((piece) => ({ ...piece, channels: channelsOf.get(piece.id) ?? [] }))
}

async function loadApprovals(db: Db, p: Period): Promise<Approval[]> {
  const approved = db
    .selectFrom('reviews')
    .where('decision', '=', 'aprobada')
    .where('created_at', '>=', p.startIso)
    .where('created_at', '<', p.endIso)
  const [approvals, submissions] = await Promise.all([
    approved.select(['piece_id', 'stage', 'created_at']).orderBy('id').execute(),
    db
      .selectFrom('audit_log')
      .select((eb) => ['entity_id', 'action', eb.fn.min<string>('at').as('first_at')])
      .where('entity_type', '=', 'piece')
      .where('action', 'in', ['pieces.content_submitted', 'pieces.design_submitted'])
      .where('entity_id', 'in', approved.select('piece_id'))
      .groupBy(['entity_id', 'action'])
      .execute()
  ])
  const firstSubmission = new Map(submissions.map((s) => [`${s.entity_id}:${s.action}`, s.first_at]))
  return approvals.map((a) => ({
    stage: a.stage,
    approvedAt: a.created_at,
    submittedAt: firstSubmission.get(`${a.piece_id}:pieces.${a.stage === 'contenido' ? 'content' : 'design'}_submitted`) ?? null
  }))
}

async function loadSocial(db: Db, month: string): Promise<MonthlyData['social']> {
  const before = previousMonth(month)
  const rows = await db.selectFrom('social_stats').selectAll().where('month', 'in', [month, before]).execute()
  const current = new Map<SocialNetwork, SocialValues>()
  const previous = new Map<SocialNetwork, SocialValues>()
  for (const row of rows) {
    const values = Object.fromEntries(
      SOCIAL_METRICS.map((m) => [m, m === 'videoViews' ? row.video_views : row[m]])
    ) as SocialValues
    ;(row.month === month ? current : previous).set(row.network, values)
  }
  return { current, previous }
}

export async function loadMonthlyData(db: Db, month: string, today: string): Promise<MonthlyData> {
  const p = monthPeriod(month)
  const [entity, produced, publications, approvals, reviews, due, social] = await Promise.all([
    db.selectFrom('entity_settings').select('office_name').executeTakeFirst(),
    loadProduced(db, p),
    db
      .selectFrom('publications as pb')
      .innerJoin('catalogue_items as ch', 'ch.id', 'pb.channel_id')
      .select('ch.name')
      .where('pb.published_at', '>=', p.startIso)
      .where('pb.published_at', '<', p.endIso)
      .execute(),
    loadApprovals(db, p),
    db
      .selectFrom('reviews')
      .select(['piece_id', 'decision'])
      .where('created_at', '>=', p.startIso)
      .where('created_at', '<', p.endIso)
      .execute(),
    db
      .selectFrom('pieces as p')
      .select((eb) => [
        'p.due_date',
        eb
          .selectFrom('publications as pb')
          .select((sub) => sub.fn.min<string>('pb.published_at').as('m'))
          .whereRef('pb.piece_id', '=', 'p.id')
          .as('first_published_at')
      ])
      .where('p.due_date', '>=', p.from)
      .where('p.due_date', '<=', p.to)
      .where('p.state', '<>', 'cancelada')
      .execute(),
    loadSocial(db, month)
  ])
  return {
    month,
    period: p,
    today,
    officeName: entity?.office_name ?? '',
    produced,
    publicationChannels: publications.map((r) => r.name),
    approvals,
    reviews: reviews.map((r) => ({ pieceId: r.piece_id, decision: r.decision })),
    due: due.map((d) => ({ dueDate: d.due_date, firstPublishedAt: d.first_published_at ?? null })),
    social
  }
}
