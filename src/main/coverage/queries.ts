import { sql } from 'kysely'
import type {
  AgendaItem,
  CoverageConflict,
  CoverageEventDetail,
  CoverageEventRow,
  CoverageRow
} from '../../shared/contract/coverage'
import { NEED_LABELS, eventSpan } from '../../shared/domain/coverage'
import type { AuthedCtx } from '../core/context'
import { notFound } from '../core/errors'
import type { Db } from '../db/connection'
import { allowedCoverageActions, allowedEventActions, type Actor } from './rules'
import { colombianDayEnd, colombianDayStart } from './time'

export const eventNotFound = () => notFound('el evento')

function coverageQuery(db: Db) {
  return db
    .selectFrom('coverages as c')
    .innerJoin('users as u', 'u.id', 'c.assignee_id')
    .leftJoin('pieces as p', 'p.id', 'c.piece_id')
    .select([
      'c.id',
      'c.event_id',
      'c.need',
      'c.assignee_id',
      'u.full_name as assignee_name',
      'c.due_at',
      'c.state',
      'c.delivered_at',
      'c.notes',
      'c.cancel_reason',
      'c.piece_id',
      'p.code as piece_code'
    ])
}

type CoverageSelect = Awaited<ReturnType<ReturnType<typeof coverageQuery>['execute']>>[number]

const toCoverage = (r: CoverageSelect): CoverageRow => ({
  id: r.id,
  eventId: r.event_id,
  need: r.need,
  assigneeId: r.assignee_id,
  assigneeName: r.assignee_name,
  dueAt: r.due_at,
  state: r.state,
  deliveredAt: r.delivered_at,
  notes: r.notes,
  cancelReason: r.cancel_reason,
  pieceId: r.piece_id,
  pieceCode: r.piece_code
})

/** Coverages of these events, cancelled ones last, then by need order of assignment. */
async function coveragesOf(db: Db, eventIds: readonly number[]): Promise<Map<number, CoverageRow[]>> {
  const byEvent = new Map<number, CoverageRow[]>()
  if (eventIds.length === 0) return byEvent
  const rows = await coverageQuery(db)
    .where('c.event_id', 'in', [...eventIds])
    .orderBy(sql`c.state = 'cancelada'`)
    .orderBy('c.id')
    .execute()
  for (const r of rows) byEvent.set(r.event_id, [...(byEvent.get(r.event_id) ?? []), toCoverage(r)])
  return byEvent
}

function eventQuery(db: Db) {
  return db
    .selectFrom('coverage_events as e')
    .leftJoin('catalogue_items as d', 'd.id', 'e.dependencia_id')
    .select(['e.id', 'e.title', 'e.starts_at', 'e.ends_at', 'e.place', 'e.dependencia_id', 'd.name as dependencia_name', 'e.state'])
}

type EventSelect = Awaited<ReturnType<ReturnType<typeof eventQuery>['execute']>>[number]

async function withCoverages(db: Db, rows: EventSelect[]): Promise<CoverageEventRow[]> {
  const coverages = await coveragesOf(db, rows.map((r) => r.id))
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    place: r.place,
    dependenciaId: r.dependencia_id,
    dependenciaName: r.dependencia_name,
    state: r.state,
    coverages: coverages.get(r.id) ?? []
  }))
}

/** Events whose time range touches the Colombian dates from–to, in start order. */
export async function listEvents(db: Db, input: { from: string; to: string; assigneeId?: number }): Promise<CoverageEventRow[]> {
  let q = eventQuery(db)
    .where('e.starts_at', '<', colombianDayEnd(input.to))
    .where('e.ends_at', '>', colombianDayStart(input.from))
  if (input.assigneeId !== undefined) {
    const assigneeId = input.assigneeId
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('coverages as mine')
          .select('mine.id')
          .whereRef('mine.event_id', '=', 'e.id')
          .where('mine.assignee_id', '=', assigneeId)
          .where('mine.state', '<>', 'cancelada')
      )
    )
  }
  return withCoverages(db, await q.orderBy('e.starts_at').orderBy('e.id').execute())
}

/** Today's events (Colombian date) with who covers them, cancelled ones left out. */
export async function todaysEvents(db: Db, today: string): Promise<CoverageEventRow[]> {
  const rows = await eventQuery(db)
    .where('e.starts_at', '<', colombianDayEnd(today))
    .where('e.ends_at', '>', colombianDayStart(today))
    .where('e.state', '<>', 'cancelado')
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .execute()
  return withCoverages(db, rows)
}

export async function getEventDetail(ctx: AuthedCtx, id: number): Promise<CoverageEventDetail> {
  const row = await ctx.db
    .selectFrom('coverage_events as e')
    .leftJoin('catalogue_items as d', 'd.id', 'e.dependencia_id')
    .leftJoin('plan_activities as a', 'a.id', 'e.plan_activity_id')
    .innerJoin('users as cb', 'cb.id', 'e.created_by')
    .selectAll('e')
    .select(['d.name as dependencia_name', 'a.description as activity_label', 'cb.full_name as created_by_name'])
    .where('e.id', '=', id)
    .executeTakeFirst()
  if (!row) throw eventNotFound()
  const coverages = (await coveragesOf(ctx.db, [id])).get(id) ?? []
  const actor: Actor = ctx.user
  return {
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    dependenciaId: row.dependencia_id,
    dependenciaName: row.dependencia_name,
    state: row.state,
    description: row.description,
    planActivityId: row.plan_activity_id,
    planActivityLabel: row.activity_label,
    cancelReason: row.cancel_reason,
    archiveEventId: row.archive_event_id,
    createdById: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    coverages: coverages.map((c) => ({ ...c, allowedActions: allowedCoverageActions(c, actor) })),
    allowedActions: allowedEventActions(row.state, actor)
  }
}

/**
 * The person's live assignments (neither the coverage nor its event cancelled) on other events whose
 * time range overlaps [startsAt, endsAt): touching ends do not overlap.
 */
export async function findConflicts(
  db: Db,
  input: { userId: number; startsAt: string; endsAt: string; excludeEventId?: number }
): Promise<CoverageConflict[]> {
  let q = db
    .selectFrom('coverages as c')
    .innerJoin('coverage_events as e', 'e.id', 'c.event_id')
    .innerJoin('users as u', 'u.id', 'c.assignee_id')
    .select(['e.id', 'e.title', 'e.starts_at', 'e.ends_at', 'c.need', 'u.full_name'])
    .where('c.assignee_id', '=', input.userId)
    .where('c.state', '<>', 'cancelada')
    .where('e.state', '<>', 'cancelado')
    .where('e.starts_at', '<', new Date(input.endsAt).toISOString())
    .where('e.ends_at', '>', new Date(input.startsAt).toISOString())
  if (input.excludeEventId !== undefined) q = q.where('e.id', '<>', input.excludeEventId)
  const rows = await q.orderBy('e.starts_at').orderBy('c.id').execute()
  return rows.map((r) => ({
    eventId: r.id,
    eventTitle: r.title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    need: r.need,
    message: `${r.full_name} ya cubre «${r.title}» (${NEED_LABELS[r.need].toLocaleLowerCase('es-CO')}) el ${eventSpan(r.starts_at, r.ends_at)}.`
  }))
}

const DAY_MS = 86_400_000

/** The signed-in user's coverages split by their event's day: today, from tomorrow on, and the seven days before today. */
export async function agendaOf(ctx: AuthedCtx): Promise<{ today: AgendaItem[]; upcoming: AgendaItem[]; pastWeek: AgendaItem[] }> {
  const dayStart = colombianDayStart(ctx.today)
  const dayEnd = colombianDayEnd(ctx.today)
  const weekAgo = new Date(Date.parse(dayStart) - 7 * DAY_MS).toISOString()
  const rows = await coverageQuery(ctx.db)
    .innerJoin('coverage_events as e', 'e.id', 'c.event_id')
    .select(['e.title as event_title', 'e.starts_at as event_starts_at', 'e.ends_at as event_ends_at', 'e.place as event_place', 'e.state as event_state'])
    .where('c.assignee_id', '=', ctx.user.id)
    // The past week keeps what happened, open or not; ahead, only what is still live.
    .where((eb) => eb.or([eb('e.ends_at', '>', weekAgo), eb('c.state', 'in', ['asignada', 'aceptada', 'en_curso'])]))
    .orderBy('e.starts_at')
    .orderBy('c.id')
    .execute()
  const agenda = { today: [] as AgendaItem[], upcoming: [] as AgendaItem[], pastWeek: [] as AgendaItem[] }
  for (const r of rows) {
    const coverage = toCoverage(r)
    const item: AgendaItem = {
      ...coverage,
      allowedActions: allowedCoverageActions(coverage, ctx.user),
      eventTitle: r.event_title,
      eventStartsAt: r.event_starts_at,
      eventEndsAt: r.event_ends_at,
      eventPlace: r.event_place,
      eventState: r.event_state
    }
    if (r.event_starts_at < dayEnd && r.event_ends_at > dayStart) agenda.today.push(item)
    else if (r.event_starts_at >= dayEnd) {
      if (r.state !== 'cancelada' && r.event_state !== 'cancelado') agenda.upcoming.push(item)
    } else agenda.pastWeek.unshift(item)
  }
  return agenda
}
