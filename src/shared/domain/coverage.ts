import type { PieceType } from './pieces'
import type { Role } from './roles'

/** Values frozen in migration 0006_coverage (CHECK lists). */
export const EVENT_STATES = ['programado', 'confirmado', 'en_curso', 'cubierto', 'aplazado', 'cancelado'] as const
export type EventState = (typeof EVENT_STATES)[number]

export const EVENT_STATE_LABELS: Record<EventState, string> = {
  programado: 'Programado',
  confirmado: 'Confirmado',
  en_curso: 'En curso',
  cubierto: 'Cubierto',
  aplazado: 'Aplazado',
  cancelado: 'Cancelado'
}

export const EVENT_STATE_COLORS: Record<EventState, string> = {
  programado: 'blue',
  confirmado: 'violet',
  en_curso: 'orange',
  cubierto: 'green',
  aplazado: 'yellow',
  cancelado: 'gray'
}

export const COVERAGE_NEEDS = ['nota_escrita', 'fotografia', 'video', 'diseno', 'redes_en_vivo'] as const
export type CoverageNeed = (typeof COVERAGE_NEEDS)[number]

export const NEED_LABELS: Record<CoverageNeed, string> = {
  nota_escrita: 'Nota escrita',
  fotografia: 'Fotografía',
  video: 'Video',
  diseno: 'Diseño',
  redes_en_vivo: 'Redes en vivo'
}

/** Who covers each need; the jefe of the office may take any of them. */
export const NEED_ROLES: Record<CoverageNeed, readonly Role[]> = {
  nota_escrita: ['profesional'],
  fotografia: ['audiovisual'],
  video: ['audiovisual'],
  diseno: ['disenador'],
  redes_en_vivo: ['community_manager']
}

export function canCoverNeed(role: Role, need: CoverageNeed): boolean {
  return role === 'jefe' || NEED_ROLES[need].includes(role)
}

/** The piece a delivered coverage usually becomes ("Crear piezas" pre-fills it). */
export const NEED_PIECE_TYPE: Record<CoverageNeed, PieceType> = {
  nota_escrita: 'boletin_prensa',
  fotografia: 'publicacion_redes',
  video: 'video',
  diseno: 'pieza_grafica',
  redes_en_vivo: 'publicacion_redes'
}

export const COVERAGE_STATES = ['asignada', 'aceptada', 'en_curso', 'entregada', 'cancelada'] as const
export type CoverageState = (typeof COVERAGE_STATES)[number]

export const COVERAGE_STATE_LABELS: Record<CoverageState, string> = {
  asignada: 'Asignada',
  aceptada: 'Aceptada',
  en_curso: 'En curso',
  entregada: 'Entregada',
  cancelada: 'Cancelada'
}

export const COVERAGE_STATE_COLORS: Record<CoverageState, string> = {
  asignada: 'blue',
  aceptada: 'teal',
  en_curso: 'orange',
  entregada: 'green',
  cancelada: 'gray'
}

/** What can be done to an event; the UI shows the buttons main allows. */
export const EVENT_ACTIONS = ['edit', 'confirm', 'start', 'complete', 'postpone', 'cancel', 'assign'] as const
export type EventAction = (typeof EVENT_ACTIONS)[number]

export const COVERAGE_ACTIONS = ['accept', 'start', 'deliver', 'reassign', 'cancel'] as const
export type CoverageAction = (typeof COVERAGE_ACTIONS)[number]

const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Bogota', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** Colombian 24-hour time of an instant, "14:30". */
export const timeInColombia = (isoInstant: string): string => timeFormat.format(new Date(isoInstant))

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota', year: 'numeric', month: '2-digit', day: '2-digit' })

/** "12/03/2026 14:30", Colombian time: how the schedule writes an instant. */
export function dateTime24(isoInstant: string): string {
  const [y, m, d] = dayFormat.format(new Date(isoInstant)).split('-')
  return `${d}/${m}/${y} ${timeInColombia(isoInstant)}`
}

/** "12/03/2026 09:00–11:00", or both full instants when the event spans days. */
export function eventSpan(startsAt: string, endsAt: string): string {
  const sameDay = dayFormat.format(new Date(startsAt)) === dayFormat.format(new Date(endsAt))
  return sameDay ? `${dateTime24(startsAt)}–${timeInColombia(endsAt)}` : `${dateTime24(startsAt)} – ${dateTime24(endsAt)}`
}
