import type { DomainHandlers } from '../core/handlers'
import { assignCoverage, cancelCoverage, moveCoverage, reassignCoverage } from './coverage-writes'
import { cancelEvent, createEvent, moveEvent, postponeEvent, updateEvent } from './event-writes'
import { createCoveragePiece, ensureArchiveEvent } from './links'
import { agendaOf, findConflicts, getEventDetail, listEvents, todaysEvents } from './queries'

export const coverageHandlers: DomainHandlers<'coverage'> = {
  list: (ctx, input) => listEvents(ctx.db, input),

  get: (ctx, input) => getEventDetail(ctx, input.id),

  async create(ctx, input) {
    return getEventDetail(ctx, await createEvent(ctx, input))
  },

  async update(ctx, input) {
    await updateEvent(ctx, input)
    return getEventDetail(ctx, input.id)
  },

  async confirm(ctx, input) {
    await moveEvent(ctx, input.id, 'confirm')
    return getEventDetail(ctx, input.id)
  },

  async start(ctx, input) {
    await moveEvent(ctx, input.id, 'start')
    return getEventDetail(ctx, input.id)
  },

  async complete(ctx, input) {
    await moveEvent(ctx, input.id, 'complete')
    return getEventDetail(ctx, input.id)
  },

  async postpone(ctx, input) {
    await postponeEvent(ctx, input)
    return getEventDetail(ctx, input.id)
  },

  async cancel(ctx, input) {
    await cancelEvent(ctx, input)
    return getEventDetail(ctx, input.id)
  },

  async assign(ctx, input) {
    const conflicts = await assignCoverage(ctx, input)
    return { event: await getEventDetail(ctx, input.eventId), conflicts }
  },

  async reassign(ctx, input) {
    const { eventId, conflicts } = await reassignCoverage(ctx, input)
    return { event: await getEventDetail(ctx, eventId), conflicts }
  },

  async accept(ctx, input) {
    return getEventDetail(ctx, await moveCoverage(ctx, input.coverageId, 'accept'))
  },

  async startCoverage(ctx, input) {
    return getEventDetail(ctx, await moveCoverage(ctx, input.coverageId, 'start'))
  },

  async deliver(ctx, input) {
    return getEventDetail(ctx, await moveCoverage(ctx, input.coverageId, 'deliver', input.notes))
  },

  async cancelCoverage(ctx, input) {
    return getEventDetail(ctx, await cancelCoverage(ctx, input))
  },

  conflicts: (ctx, input) => findConflicts(ctx.db, input),

  agenda: (ctx) => agendaOf(ctx),

  today: (ctx) => todaysEvents(ctx.db, ctx.today),

  archiveEvent: (ctx, input) => ensureArchiveEvent(ctx, input.eventId),

  createPiece: (ctx, input) => createCoveragePiece(ctx, input)
}
