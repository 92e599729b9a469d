import { z } from 'zod'
import type { AssetKind } from '../domain/archive'
import type { PieceState } from '../domain/pieces'
import { isColombianPhone, isWhatsappNumber } from '../domain/press'
import { Empty, Id, IsoDate, IsoDateTime, optionalText, requiredText } from './common'
import { method } from './define'

/** Where a bulletin's piece stands with its approvals. */
export interface BulletinReadiness {
  pieceState: PieceState
  /** Content approved, and design approved when the piece requires it: the bulletin may go out. */
  ready: boolean
  /** What is missing, in a sentence ("Falta la aprobación del contenido."); empty when ready. */
  missing: string
}

export interface BulletinRow extends BulletinReadiness {
  id: number
  year: number
  number: number
  /** "Boletín N.º 045 de 2026". */
  label: string
  pieceId: number
  pieceCode: string
  pieceTitle: string
  issuedOn: string
  sendCount: number
  /** Recipients over every send (a journalist on two lists counts twice). */
  recipientTotal: number
  lastSentAt: string | null
  createdByName: string
}

export interface BulletinSend {
  id: number
  listId: number
  /** The list's name when it was sent. */
  listName: string
  recipientCount: number
  sentAt: string
  sentByName: string
}

export interface BulletinDetail extends BulletinRow {
  sends: BulletinSend[]
}

/** A boletín de prensa piece that has no bulletin number yet. */
export interface BulletinPieceOption extends BulletinReadiness {
  id: number
  code: string
  title: string
}

export interface MediaContact {
  id: number
  fullName: string
  medium: string
  section: string
  phone: string
  email: string
  whatsapp: string
  notes: string
  active: boolean
  listIds: number[]
}

export interface DistributionList {
  id: number
  name: string
  description: string
  memberIds: number[]
  /** Members who are active now: the recipients a send would reach. */
  activeMemberCount: number
}

export interface ConferenceRow {
  id: number
  title: string
  startsAt: string
  place: string
  spokespersons: string[]
  topics: string[]
  invitedCount: number
  attendedCount: number
  assetCount: number
  clipCount: number
}

export interface ConferenceInvitee {
  contactId: number
  fullName: string
  medium: string
  attended: boolean
}

export interface ConferenceAsset {
  id: number
  kind: AssetKind
  title: string
  originalName: string
  capturedOn: string | null
  thumbUrl: string | null
}

/** The media_clips row as a press conference shows it. */
export interface ConferenceClip {
  id: number
  clipDate: string
  medium: string
  headline: string
}

export interface ConferenceDetail extends ConferenceRow {
  notes: string
  invitees: ConferenceInvitee[]
  assets: ConferenceAsset[]
  clips: ConferenceClip[]
}

export interface PressUpcoming {
  /** Press conferences from now to the end of the seventh day ahead, soonest first. */
  conferences: ConferenceRow[]
  /** Bulletins issued this week (Monday to Sunday, Colombian calendar), newest first. */
  bulletins: BulletinRow[]
  weekStart: string
  weekEnd: string
}

const email = z
  .string()
  .trim()
  .max(200, 'El correo admite como máximo 200 caracteres.')
  .refine((v) => v === '' || z.email().safeParse(v).success, 'Escriba un correo válido, p. ej. nombre@medio.com.co.')
  .default('')

const phone = z
  .string()
  .trim()
  .max(40)
  .refine((v) => v === '' || isColombianPhone(v), 'Escriba un teléfono colombiano: celular de 10 dígitos (300 123 4567) o fijo con indicativo (601 123 4567).')
  .default('')

const whatsapp = z
  .string()
  .trim()
  .max(40)
  .refine((v) => v === '' || isWhatsappNumber(v), 'Escriba el celular de WhatsApp: 10 dígitos que empiezan por 3, o un número internacional con +.')
  .default('')

const ContactFields = z
  .object({
    id: Id.optional(),
    fullName: requiredText('El nombre del periodista', 120),
    medium: requiredText('El medio', 120),
    section: optionalText('La sección o programa', 120),
    phone,
    email,
    whatsapp,
    notes: optionalText('Las notas', 1000),
    active: z.boolean().default(true)
  })
  .refine((c) => c.phone !== '' || c.email !== '' || c.whatsapp !== '', {
    message: 'Escriba al menos una forma de contacto: teléfono, correo o WhatsApp.',
    path: ['phone']
  })

const Names = (label: string, plural: string) =>
  z
    .array(requiredText(label, 200))
    .min(1, `Indique al menos ${plural}.`)
    .max(20, `Admite como máximo 20 elementos.`)

export const pressContract = {
  bulletins: method(
    z.object({ year: z.number().int().min(2000).max(2100).optional(), search: z.string().trim().max(200).optional() }).default({})
  ).returns<BulletinRow[]>(),
  bulletin: method(z.object({ id: Id })).returns<BulletinDetail>(),
  /** The number the next bulletin of `year` would take: one more than the highest registered. */
  nextBulletinNumber: method(z.object({ year: z.number().int().min(2000).max(2100) })).returns<{ year: number; number: number }>(),
  /** Boletín de prensa pieces, not cancelled, that have no bulletin yet. */
  bulletinPieces: method(Empty).returns<BulletinPieceOption[]>(),
  /** Numbers a bulletin in the year of `issuedOn`; the number is proposed by the form, a duplicate is refused. */
  registerBulletin: method(
    z.object({
      pieceId: Id,
      issuedOn: IsoDate,
      number: z.number({ error: 'Escriba el número del boletín.' }).int('El número del boletín es un entero.').min(1, 'El número del boletín empieza en 1.').max(9999, 'El número del boletín admite como máximo 9999.')
    })
  ).returns<BulletinDetail>(),
  /** Records that the bulletin went to these lists, now, with each list's members at this moment. */
  sendBulletin: method(
    z.object({ bulletinId: Id, listIds: z.array(Id).min(1, 'Elija al menos una lista de distribución.').max(50) })
  ).returns<BulletinDetail>(),

  contacts: method(
    z.object({ search: z.string().trim().max(200).optional(), includeInactive: z.boolean().default(false) }).default({ includeInactive: false })
  ).returns<MediaContact[]>(),
  saveContact: method(ContactFields).returns<MediaContact>(),
  lists: method(Empty).returns<DistributionList[]>(),
  saveList: method(
    z.object({
      id: Id.optional(),
      name: requiredText('El nombre de la lista', 120),
      description: optionalText('La descripción', 500),
      memberIds: z.array(Id).max(2000).default([])
    })
  ).returns<DistributionList>(),
  /** Saves the list's active members as CSV (for the mail program) where the person chooses; null when cancelled. */
  exportList: method(z.object({ id: Id })).returns<{ path: string | null }>(),

  conferences: method(Empty).returns<ConferenceRow[]>(),
  conference: method(z.object({ id: Id })).returns<ConferenceDetail>(),
  saveConference: method(
    z.object({
      id: Id.optional(),
      title: requiredText('El tema central de la rueda de prensa', 200),
      startsAt: IsoDateTime,
      place: requiredText('El lugar', 200),
      spokespersons: Names('El nombre del vocero', 'un vocero'),
      topics: Names('El tema', 'un tema'),
      invitedIds: z.array(Id).max(500).default([]),
      notes: optionalText('Las notas', 2000)
    })
  ).returns<ConferenceDetail>(),
  /** Who came, among the invited media. */
  setAttendance: method(z.object({ id: Id, attendedIds: z.array(Id).max(500).default([]) })).returns<ConferenceDetail>(),
  /** The archive material of the conference (photos, video, presentation). */
  setMaterials: method(z.object({ id: Id, assetIds: z.array(Id).max(500).default([]) })).returns<ConferenceDetail>(),
  /** The media clips that resulted from it. */
  setClips: method(z.object({ id: Id, clipIds: z.array(Id).max(500).default([]) })).returns<ConferenceDetail>(),
  /** Clips from the conference's day to a week later, the ones that can have resulted from it. */
  clipOptions: method(z.object({ id: Id })).returns<ConferenceClip[]>(),

  /** For Inicio: the next seven days' press conferences and this week's bulletins. */
  upcoming: method(Empty).returns<PressUpcoming>()
}
