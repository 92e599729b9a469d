import { z } from 'zod'
import {
  INQUIRY_CHANNELS,
  INQUIRY_STATES,
  MAX_NETWORK_TERM_DAYS,
  PETITION_TERM_KINDS,
  type InquiryChannel,
  type InquiryState,
  type InquiryUrgency,
  type TermKind
} from '../domain/inquiries'
import { Empty, Id, IsoDate, IsoDateTime, optionalText, requiredText } from './common'
import { method } from './define'

export type InquiryAction = 'update' | 'assign' | 'consult' | 'reply' | 'transferToPqrs' | 'close'

export interface InquiryRow {
  id: number
  channel: InquiryChannel
  /** ISO instant. */
  receivedAt: string
  citizen: string
  text: string
  topic: string
  dependenciaId: number | null
  dependenciaName: string | null
  assigneeId: number | null
  assigneeName: string | null
  state: InquiryState
  termKind: TermKind
  /** Working days of the term the due date was counted with. */
  termDays: number
  /** Colombian date by which the reply is due. */
  dueOn: string
  /** How an open inquiry stands against its due date; null once answered. */
  urgency: InquiryUrgency | null
  /** Working days from today to the due date (negative when overdue); null once answered. */
  workingDaysLeft: number | null
  repliedAt: string | null
  /** Whether the reply was given on or before the due date; null while unanswered. */
  answeredInTerm: boolean | null
}

export interface InquiryHistoryEntry {
  id: number
  at: string
  actorName: string | null
  summary: string
}

export interface InquiryDetail extends InquiryRow {
  replyText: string
  repliedById: number | null
  repliedByName: string | null
  pqrsRadicado: string
  createdByName: string
  createdAt: string
  history: InquiryHistoryEntry[]
  /** What the signed-in user may do with it now; main checks again on every call. */
  allowedActions: InquiryAction[]
}

/**
 * The control point "se deben responder todas las inquietudes" as figures, over the inquiries
 * received in the period (Colombian dates, both ends included).
 */
export interface InquiryFigures {
  from: string
  to: string
  received: number
  answered: number
  answeredInTerm: number
  answeredLate: number
  /** Still unanswered and within their term: not yet decided either way. */
  pendingInTerm: number
  /** Unanswered past their due date. */
  overdueOpen: number
  /**
   * answeredInTerm ÷ (received − pendingInTerm): of the inquiries whose outcome is known (answered,
   * or past their term), the share answered on time. Null when there are none.
   */
  shareInTerm: number | null
}

export interface InquiriesDue {
  today: string
  dueToday: InquiryRow[]
  overdue: InquiryRow[]
}

export interface InquirySettings {
  networkTermDays: number
  updatedAt: string | null
  updatedByName: string | null
}

const Channel = z.enum(INQUIRY_CHANNELS, { error: 'Elija el canal por el que llegó la inquietud.' })

const InquiryFields = z.object({
  channel: Channel,
  receivedAt: IsoDateTime,
  citizen: requiredText('El nombre o usuario del ciudadano', 200),
  text: requiredText('El texto de la inquietud', 4000),
  topic: optionalText('El tema', 200)
})

export const inquiriesContract = {
  list: method(
    z
      .object({
        state: z.enum(INQUIRY_STATES).optional(),
        assigneeId: Id.optional(),
        channel: Channel.optional(),
        /** Only the ones still waiting for a reply. */
        openOnly: z.boolean().optional(),
        search: z.string().trim().max(200).optional()
      })
      .default({})
  ).returns<InquiryRow[]>(),
  get: method(z.object({ id: Id })).returns<InquiryDetail>(),
  /** Registers an inquiry; with an assignee it starts «asignada». */
  create: method(
    InquiryFields.extend({
      dependenciaId: Id.nullable().default(null),
      assigneeId: Id.nullable().default(null)
    })
  ).returns<InquiryDetail>(),
  /** Corrects what was registered while it is open; a new received time recomputes the due date. */
  update: method(InquiryFields.extend({ id: Id })).returns<InquiryDetail>(),
  assign: method(z.object({ id: Id, assigneeId: Id })).returns<InquiryDetail>(),
  /** The reply needs a dependencia's input: it waits «en consulta». */
  consult: method(z.object({ id: Id, dependenciaId: Id, note: optionalText('La nota de la consulta', 1000) })).returns<InquiryDetail>(),
  /** Records the reply given to the citizen, by the signed-in user, at `repliedAt` (now by default). */
  reply: method(
    z.object({
      id: Id,
      replyText: requiredText('El texto de la respuesta', 4000),
      repliedAt: IsoDateTime.optional()
    })
  ).returns<InquiryDetail>(),
  /** Handled as a formal petition: the legal term replaces the network one, counted from the received date. */
  transferToPqrs: method(
    z.object({
      id: Id,
      termKind: z.enum(PETITION_TERM_KINDS, { error: 'Elija el tipo de petición.' }),
      radicado: optionalText('El número de radicado', 60)
    })
  ).returns<InquiryDetail>(),
  close: method(z.object({ id: Id })).returns<InquiryDetail>(),
  figures: method(z.object({ from: IsoDate, to: IsoDate })).returns<InquiryFigures>(),
  /** For Inicio: open inquiries due today and overdue ones. */
  due: method(Empty).returns<InquiriesDue>(),
  settings: method(Empty).returns<InquirySettings>(),
  saveSettings: method(
    z.object({
      networkTermDays: z
        .number({ error: 'Escriba el término en días hábiles.' })
        .int('El término es un número entero de días hábiles.')
        .min(1, 'El término es de al menos 1 día hábil.')
        .max(MAX_NETWORK_TERM_DAYS, `El término para redes admite como máximo ${MAX_NETWORK_TERM_DAYS} días hábiles (el de una petición general).`)
    })
  ).returns<InquirySettings>()
}
