import { eventSpan } from '../../shared/domain/coverage'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx, Trx } from '../core/context'
import { validation } from '../core/errors'
import { eventNotFound } from './queries'
import { assertEventReferences } from './references'
import { authorizeEventAction } from './rules'
import { normalizeInstant } from './time'

export interface EventInput {
  title: string
  startsAt: string
  endsAt: string
  place: string
  dependenciaId: number | null
  description: string
  planActivityId: number | null
}

/** When an event moves, what is still pending is due the same time after its new start. */
async function shiftOpenDues(trx: Trx, eventId: number, shiftMs: number, nowIso: string): Promise<void> {
  if (shiftMs === 0) return
  const open = await trx
    .selectFrom('coverages')
    .select(['id', 'due_at'])
    .where('event_id', '=', eventId)
    .where('state', 'in', ['asignada', 'aceptada', 'en_curso'])
    .execute()
  for (const c of open) {
    const dueAt = new Date(Date.parse(c.due_at) + shiftMs).toISOString()
    await trx.updateTable('coverages').set({ due_at: dueAt, updated_at: nowIso }).where('id', '=', c.id).execute()
  }
}

export async function loadEventForWrite(trx: Trx, id: number) {
  const event = await trx.selectFrom('coverage_events').selectAll().where('id', '=', id).executeTakeFirst()
  if (!event) throw eventNotFound()
  return event
}

function eventValues(input: EventInput) {
  return {
    title: input.title,
    starts_at: normalizeInstant(input.startsAt),
    ends_at: normalizeInstant(input.endsAt),
    place: input.place,
    dependencia_id: input.dependenciaId,
    description: input.description,
    plan_activity_id: input.planActivityId
  }
}

export async function createEvent(ctx: AuthedCtx, input: EventInput): Promise<number> {
  authorize(ctx, 'coverage.schedule')
  return ctx.db.transaction().execute(async (trx) => {
    await assertEventReferences(trx, input)
    const values = eventValues(input)
    const { id } = await trx
      .insertInto('coverage_events')
      .values({ ...values, state: 'programado', cancel_reason: '', created_by: ctx.user.id, created_at: ctx.nowIso, updated_at: ctx.nowIso })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'coverage.event_created',
      entityType: 'coverage_event',
      entityId: id,
      summary: `Programó el evento «${input.title}» para el ${eventSpan(values.starts_at, values.ends_at)}`,
      details: values
    })
    return id
  })
}

export async function updateEvent(ctx: AuthedCtx, input: EventInput & { id: number }): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadEventForWrite(trx, input.id)
    authorizeEventAction('edit', before.state, ctx.user)
    await assertEventReferences(trx, input)
    const values = eventValues(input)
    await shiftOpenDues(trx, before.id, Date.parse(values.starts_at) - Date.parse(before.starts_at), ctx.nowIso)
    await trx.updateTable('coverage_events').set({ ...values, updated_at: ctx.nowIso }).where('id', '=', input.id).execute()
    await recordAudit(trx, ctx, {
      action: 'coverage.event_updated',
      entityType: 'coverage_event',
      entityId: input.id,
      summary: `Modificó los datos del evento «${input.title}»`,
      details: { from: { title: before.title, starts_at: before.starts_at, ends_at: before.ends_at, place: before.place }, to: values }
    })
  })
}

const SIMPLE_MOVES = {
  confirm: { audit: 'coverage.event_confirmed', summary: 'Confirmó el evento' },
  start: { audit: 'coverage.event_started', summary: 'Marcó en curso el evento' },
  complete: { audit: 'coverage.event_covered', summary: 'Marcó como cubierto el evento' }
} as const

/** Confirm, start and complete only move the state. */
export async function moveEvent(ctx: AuthedCtx, id: number, action: 'confirm' | 'start' | 'complete'): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const event = await loadEventForWrite(trx, id)
    const to = authorizeEventAction(action, event.state, ctx.user)
    await trx.updateTable('coverage_events').set({ state: to, updated_at: ctx.nowIso }).where('id', '=', id).execute()
    await recordAudit(trx, ctx, {
      action: SIMPLE_MOVES[action].audit,
      entityType: 'coverage_event',
      entityId: id,
      summary: `${SIMPLE_MOVES[action].summary} «${event.title}»`,
      details: { from: event.state, to }
    })
  })
}

/** Moves the event to its new date (its open coverages' due times move with it). */
export async function postponeEvent(ctx: AuthedCtx, input: { id: number; startsAt: string; endsAt: string }): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const event = await loadEventForWrite(trx, input.id)
    const to = authorizeEventAction('postpone', event.state, ctx.user)
    const startsAt = normalizeInstant(input.startsAt)
    const endsAt = normalizeInstant(input.endsAt)
    if (startsAt === event.starts_at && endsAt === event.ends_at) {
      throw validation('Para aplazar el evento escriba la nueva fecha y hora.', { startsAt: 'Es la misma fecha y hora que ya tiene el evento.' })
    }
    await shiftOpenDues(trx, event.id, Date.parse(startsAt) - Date.parse(event.starts_at), ctx.nowIso)
    await trx.updateTable('coverage_events').set({ state: to, starts_at: startsAt, ends_at: endsAt, updated_at: ctx.nowIso }).where('id', '=', event.id).execute()
    await recordAudit(trx, ctx, {
      action: 'coverage.event_postponed',
      entityType: 'coverage_event',
      entityId: event.id,
      summary: `Aplazó el evento «${event.title}» del ${eventSpan(event.starts_at, event.ends_at)} al ${eventSpan(startsAt, endsAt)}`,
      details: { from: { starts_at: event.starts_at, ends_at: event.ends_at, state: event.state }, to: { starts_at: startsAt, ends_at: endsAt, state: to } }
    })
  })
}

/** A cancelled event cancels its open coverages too, with the same reason. */
export async function cancelEvent(ctx: AuthedCtx, input: { id: number; reason: string }): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const event = await loadEventForWrite(trx, input.id)
    const to = authorizeEventAction('cancel', event.state, ctx.user)
    const cancelled = await trx
      .updateTable('coverages')
      .set({ state: 'cancelada', cancel_reason: `Se canceló el evento: ${input.reason}`, updated_at: ctx.nowIso })
      .where('event_id', '=', event.id)
      .where('state', 'in', ['asignada', 'aceptada', 'en_curso'])
      .executeTakeFirst()
    await trx.updateTable('coverage_events').set({ state: to, cancel_reason: input.reason, updated_at: ctx.nowIso }).where('id', '=', event.id).execute()
    await recordAudit(trx, ctx, {
      action: 'coverage.event_cancelled',
      entityType: 'coverage_event',
      entityId: event.id,
      summary: `Canceló el evento «${event.title}». Motivo: ${input.reason}`,
      details: { reason: input.reason, from: event.state, cancelledCoverages: Number(cancelled.numUpdatedRows) }
    })
  })
}
