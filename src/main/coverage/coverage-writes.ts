import type { CoverageConflict } from '../../shared/contract/coverage'
import { NEED_LABELS, dateTime24, type CoverageNeed } from '../../shared/domain/coverage'
import { recordAudit } from '../audit/record'
import type { AuthedCtx, Trx } from '../core/context'
import { conflict, notFound, validation } from '../core/errors'
import { loadEventForWrite } from './event-writes'
import { findConflicts } from './queries'
import { assertAssignee } from './references'
import { authorizeCoverageAction, authorizeEventAction } from './rules'
import { normalizeInstant } from './time'

type EventRow = Awaited<ReturnType<typeof loadEventForWrite>>

/** Material is due once the event has started at least; an earlier due time is a typing mistake. */
function assertDueAfterStart(event: EventRow, dueAt: string): void {
  if (dueAt <= event.starts_at) {
    const message = `La entrega debe ser posterior al inicio del evento (${dateTime24(event.starts_at)}).`
    throw validation(message, { dueAt: message })
  }
}

async function loadCoverageForWrite(trx: Trx, coverageId: number) {
  const coverage = await trx.selectFrom('coverages').selectAll().where('id', '=', coverageId).executeTakeFirst()
  if (!coverage) throw notFound('el cubrimiento')
  return coverage
}

const needName = (need: CoverageNeed) => NEED_LABELS[need].toLocaleLowerCase('es-CO')

export interface AssignInput {
  eventId: number
  need: CoverageNeed
  assigneeId: number
  dueAt: string
  notes: string
}

/** Saves the assignment and answers the assignee's overlapping events (a warning, not a refusal). */
export async function assignCoverage(ctx: AuthedCtx, input: AssignInput): Promise<CoverageConflict[]> {
  const event = await ctx.db.transaction().execute(async (trx) => {
    const event = await loadEventForWrite(trx, input.eventId)
    authorizeEventAction('assign', event.state, ctx.user)
    const name = await assertAssignee(trx, input.assigneeId, input.need)
    const dueAt = normalizeInstant(input.dueAt)
    assertDueAfterStart(event, dueAt)
    const taken = await trx
      .selectFrom('coverages as c')
      .innerJoin('users as u', 'u.id', 'c.assignee_id')
      .select('u.full_name')
      .where('c.event_id', '=', event.id)
      .where('c.need', '=', input.need)
      .where('c.state', '<>', 'cancelada')
      .executeTakeFirst()
    if (taken) {
      throw conflict(`Este evento ya tiene ${needName(input.need)} asignada a ${taken.full_name}. Reasígnela o cancélela antes de asignarla de nuevo.`, {
        need: 'Esta necesidad ya está asignada en el evento.'
      })
    }
    const { id } = await trx
      .insertInto('coverages')
      .values({
        event_id: event.id,
        need: input.need,
        assignee_id: input.assigneeId,
        due_at: dueAt,
        state: 'asignada',
        delivered_at: null,
        notes: input.notes,
        cancel_reason: '',
        piece_id: null,
        created_at: ctx.nowIso,
        updated_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'coverage.assigned',
      entityType: 'coverage_event',
      entityId: event.id,
      summary: `Asignó ${needName(input.need)} de «${event.title}» a ${name}, con entrega el ${dateTime24(dueAt)}`,
      details: { coverageId: id, need: input.need, assigneeId: input.assigneeId, dueAt }
    })
    return event
  })
  return findConflicts(ctx.db, { userId: input.assigneeId, startsAt: event.starts_at, endsAt: event.ends_at, excludeEventId: event.id })
}

export async function reassignCoverage(ctx: AuthedCtx, input: { coverageId: number; assigneeId: number; dueAt: string }): Promise<{ eventId: number; conflicts: CoverageConflict[] }> {
  const event = await ctx.db.transaction().execute(async (trx) => {
    const coverage = await loadCoverageForWrite(trx, input.coverageId)
    const to = authorizeCoverageAction('reassign', { state: coverage.state, assigneeId: coverage.assignee_id }, ctx.user)
    const event = await loadEventForWrite(trx, coverage.event_id)
    const name = await assertAssignee(trx, input.assigneeId, coverage.need)
    const dueAt = normalizeInstant(input.dueAt)
    assertDueAfterStart(event, dueAt)
    await trx
      .updateTable('coverages')
      .set({ assignee_id: input.assigneeId, due_at: dueAt, state: to, updated_at: ctx.nowIso })
      .where('id', '=', coverage.id)
      .execute()
    const before = await trx.selectFrom('users').select('full_name').where('id', '=', coverage.assignee_id).executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'coverage.reassigned',
      entityType: 'coverage_event',
      entityId: event.id,
      summary:
        input.assigneeId === coverage.assignee_id
          ? `Cambió la entrega de ${needName(coverage.need)} de «${event.title}» al ${dateTime24(dueAt)}`
          : `Reasignó ${needName(coverage.need)} de «${event.title}» de ${before.full_name} a ${name}`,
      details: { coverageId: coverage.id, from: { assigneeId: coverage.assignee_id, dueAt: coverage.due_at, state: coverage.state }, to: { assigneeId: input.assigneeId, dueAt, state: to } }
    })
    return event
  })
  const conflicts = await findConflicts(ctx.db, { userId: input.assigneeId, startsAt: event.starts_at, endsAt: event.ends_at, excludeEventId: event.id })
  return { eventId: event.id, conflicts }
}

const MOVES = {
  accept: { audit: 'coverage.accepted', verb: 'Aceptó' },
  start: { audit: 'coverage.started', verb: 'Inició' },
  deliver: { audit: 'coverage.delivered', verb: 'Entregó' }
} as const

/** Accept, start and deliver; answers the event id. */
export async function moveCoverage(ctx: AuthedCtx, coverageId: number, action: keyof typeof MOVES, notes?: string): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const coverage = await loadCoverageForWrite(trx, coverageId)
    const to = authorizeCoverageAction(action, { state: coverage.state, assigneeId: coverage.assignee_id }, ctx.user)
    const event = await loadEventForWrite(trx, coverage.event_id)
    const delivered = action === 'deliver'
    const extraNotes = delivered && notes ? (coverage.notes ? `${coverage.notes}\n${notes}` : notes) : coverage.notes
    await trx
      .updateTable('coverages')
      .set({ state: to, delivered_at: delivered ? ctx.nowIso : null, notes: extraNotes, updated_at: ctx.nowIso })
      .where('id', '=', coverage.id)
      .execute()
    const late = delivered && ctx.nowIso > coverage.due_at ? ' (después de la hora de entrega)' : ''
    await recordAudit(trx, ctx, {
      action: MOVES[action].audit,
      entityType: 'coverage_event',
      entityId: event.id,
      summary: `${MOVES[action].verb} el cubrimiento de ${needName(coverage.need)} de «${event.title}»${late}`,
      details: { coverageId: coverage.id, from: coverage.state, to, ...(delivered ? { notes: notes ?? '' } : {}) }
    })
    return event.id
  })
}

export async function cancelCoverage(ctx: AuthedCtx, input: { coverageId: number; reason: string }): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const coverage = await loadCoverageForWrite(trx, input.coverageId)
    const to = authorizeCoverageAction('cancel', { state: coverage.state, assigneeId: coverage.assignee_id }, ctx.user)
    const event = await loadEventForWrite(trx, coverage.event_id)
    await trx.updateTable('coverages').set({ state: to, cancel_reason: input.reason, updated_at: ctx.nowIso }).where('id', '=', coverage.id).execute()
    await recordAudit(trx, ctx, {
      action: 'coverage.cancelled',
      entityType: 'coverage_event',
      entityId: event.id,
      summary: `Canceló el cubrimiento de ${needName(coverage.need)} de «${event.title}». Motivo: ${input.reason}`,
      details: { coverageId: coverage.id, from: coverage.state, reason: input.reason }
    })
    return event.id
  })
}
