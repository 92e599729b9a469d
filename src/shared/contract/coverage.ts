import { z } from 'zod'
import {
  COVERAGE_NEEDS,
  type CoverageAction,
  type CoverageNeed,
  type CoverageState,
  type EventAction,
  type EventState
} from '../domain/coverage'
import { Empty, Id, IsoDate, IsoDateTime, optionalText, requiredText } from './common'
import { method } from './define'
import { NewPieceFields } from './requests'

/** One coverage (a need of an event) as lists and the calendar show it. */
export interface CoverageRow {
  id: number
  eventId: number
  need: CoverageNeed
  assigneeId: number
  assigneeName: string
  dueAt: string
  state: CoverageState
  deliveredAt: string | null
  notes: string
  cancelReason: string
  pieceId: number | null
  pieceCode: string | null
}

export interface CoverageEventRow {
  id: number
  title: string
  /** ISO instants (UTC). */
  startsAt: string
  endsAt: string
  place: string
  dependenciaId: number | null
  dependenciaName: string | null
  state: EventState
  coverages: CoverageRow[]
}

export interface CoverageWithActions extends CoverageRow {
  allowedActions: CoverageAction[]
}

export interface CoverageEventDetail extends Omit<CoverageEventRow, 'coverages'> {
  description: string
  planActivityId: number | null
  planActivityLabel: string | null
  cancelReason: string
  archiveEventId: number | null
  createdById: number
  createdByName: string
  createdAt: string
  coverages: CoverageWithActions[]
  allowedActions: EventAction[]
}

/** Another assignment of the same person whose event overlaps in time. */
export interface CoverageConflict {
  eventId: number
  eventTitle: string
  startsAt: string
  endsAt: string
  need: CoverageNeed
  /** "Sofía Martínez ya cubre «Feria…» (fotografía) el 12/03/2026 09:00–11:00." */
  message: string
}

export interface AssignmentResult {
  event: CoverageEventDetail
  /** Overlaps with the person's other events: a warning, the assignment was saved. */
  conflicts: CoverageConflict[]
}

/** A coverage of the signed-in user, with its event. */
export interface AgendaItem extends CoverageWithActions {
  eventTitle: string
  eventStartsAt: string
  eventEndsAt: string
  eventPlace: string
  eventState: EventState
}

export interface Agenda {
  today: AgendaItem[]
  upcoming: AgendaItem[]
  pastWeek: AgendaItem[]
}

/** The archive event a covered event's material lands under, and the ingest template's values. */
export interface CoverageArchiveTemplate {
  archiveEventId: number
  place: string
  city: string
  creator: string
  dependenciaId: number | null
}

const startsEnds = <T extends { startsAt: string; endsAt: string }>(v: T) => Date.parse(v.endsAt) > Date.parse(v.startsAt)
const END_AFTER_START = { message: 'La hora de fin debe ser posterior a la de inicio.', path: ['endsAt'] }

const EventFields = z.object({
  title: requiredText('El nombre del evento'),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  place: requiredText('El lugar', 300),
  dependenciaId: Id.nullable().default(null),
  description: optionalText('La descripción', 4000),
  planActivityId: Id.nullable().default(null)
})

const CoverageFields = {
  assigneeId: Id,
  dueAt: IsoDateTime
}

export const coverageContract = {
  /** Events overlapping the Colombian dates from–to (both included), optionally only those a person covers. */
  list: method(
    z
      .object({ from: IsoDate, to: IsoDate, assigneeId: Id.optional() })
      .refine((v) => v.to >= v.from, { message: 'La fecha final debe ser igual o posterior a la inicial.', path: ['to'] })
  ).returns<CoverageEventRow[]>(),
  get: method(z.object({ id: Id })).returns<CoverageEventDetail>(),
  create: method(EventFields.refine(startsEnds, END_AFTER_START)).returns<CoverageEventDetail>(),
  update: method(EventFields.extend({ id: Id }).refine(startsEnds, END_AFTER_START)).returns<CoverageEventDetail>(),
  confirm: method(z.object({ id: Id })).returns<CoverageEventDetail>(),
  start: method(z.object({ id: Id })).returns<CoverageEventDetail>(),
  complete: method(z.object({ id: Id })).returns<CoverageEventDetail>(),
  postpone: method(
    z.object({ id: Id, startsAt: IsoDateTime, endsAt: IsoDateTime }).refine(startsEnds, END_AFTER_START)
  ).returns<CoverageEventDetail>(),
  cancel: method(z.object({ id: Id, reason: requiredText('El motivo de la cancelación', 2000) })).returns<CoverageEventDetail>(),
  assign: method(
    z.object({
      eventId: Id,
      need: z.enum(COVERAGE_NEEDS, { message: 'Seleccione qué se cubre.' }),
      ...CoverageFields,
      notes: optionalText('Las indicaciones', 2000)
    })
  ).returns<AssignmentResult>(),
  reassign: method(z.object({ coverageId: Id, ...CoverageFields })).returns<AssignmentResult>(),
  accept: method(z.object({ coverageId: Id })).returns<CoverageEventDetail>(),
  startCoverage: method(z.object({ coverageId: Id })).returns<CoverageEventDetail>(),
  deliver: method(z.object({ coverageId: Id, notes: optionalText('La nota de entrega', 2000) })).returns<CoverageEventDetail>(),
  cancelCoverage: method(z.object({ coverageId: Id, reason: requiredText('El motivo de la cancelación', 2000) })).returns<CoverageEventDetail>(),
  /** The person's other assignments overlapping the range, for the form's warning before saving. */
  conflicts: method(
    z.object({ userId: Id, startsAt: IsoDateTime, endsAt: IsoDateTime, excludeEventId: Id.optional() })
  ).returns<CoverageConflict[]>(),
  /** The signed-in user's coverages: today's, the coming ones and those of the past week. */
  agenda: method(Empty).returns<Agenda>(),
  /** Today's events (Colombian date) with their coverages and who covers them, for Inicio. */
  today: method(Empty).returns<CoverageEventRow[]>(),
  /** Links (creating it if needed) the archive event this covered event's material goes under. */
  archiveEvent: method(z.object({ eventId: Id })).returns<CoverageArchiveTemplate>(),
  /** Creates the piece of a delivered coverage and remembers it on the coverage. */
  createPiece: method(NewPieceFields.extend({ coverageId: Id })).returns<{ pieceId: number; code: string }>()
}
