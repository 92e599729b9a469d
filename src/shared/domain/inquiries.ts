/** Where a citizen's question arrived: the office's networks and its other open doors. */
export const INQUIRY_CHANNELS = ['facebook', 'instagram', 'x', 'tiktok', 'whatsapp', 'youtube', 'correo', 'sitio_web'] as const
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number]
export const INQUIRY_CHANNEL_LABELS: Record<InquiryChannel, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  tiktok: 'TikTok',
  whatsapp: 'WhatsApp',
  youtube: 'YouTube',
  correo: 'Correo electrónico',
  sitio_web: 'Sitio web'
}

export const INQUIRY_STATES = ['recibida', 'asignada', 'en_consulta', 'respondida', 'trasladada_pqrs', 'cerrada'] as const
export type InquiryState = (typeof INQUIRY_STATES)[number]
export const INQUIRY_STATE_LABELS: Record<InquiryState, string> = {
  recibida: 'Recibida',
  asignada: 'Asignada',
  en_consulta: 'En consulta con dependencia',
  respondida: 'Respondida',
  trasladada_pqrs: 'Trasladada a PQRS',
  cerrada: 'Cerrada'
}

/** States still waiting for a reply: their due date runs. */
export const OPEN_INQUIRY_STATES = ['recibida', 'asignada', 'en_consulta', 'trasladada_pqrs'] as const satisfies readonly InquiryState[]

/**
 * The term an inquiry is answered in: the office's own term for network replies, or one of the
 * legal terms of Ley 1755 de 2015 (art. 14) once it is handled as a formal petition.
 */
export const TERM_KINDS = ['redes', 'peticion_general', 'documentos', 'consulta'] as const
export type TermKind = (typeof TERM_KINDS)[number]
export const TERM_KIND_LABELS: Record<TermKind, string> = {
  redes: 'Respuesta en redes',
  peticion_general: 'Petición general (15 días hábiles)',
  documentos: 'Documentos e información (10 días hábiles)',
  consulta: 'Consulta (30 días hábiles)'
}

export const PETITION_TERM_KINDS = ['peticion_general', 'documentos', 'consulta'] as const satisfies readonly TermKind[]
export type PetitionTermKind = (typeof PETITION_TERM_KINDS)[number]

/** Working days of each legal term (Ley 1755 de 2015, art. 14). */
export const LEGAL_TERM_DAYS: Record<PetitionTermKind, number> = {
  peticion_general: 15,
  documentos: 10,
  consulta: 30
}

/** The office's term for network replies until the jefe sets another. */
export const DEFAULT_NETWORK_TERM_DAYS = 2
export const MAX_NETWORK_TERM_DAYS = 15

/** How an open inquiry stands against its due date. */
export type InquiryUrgency = 'vencida' | 'vence_hoy' | 'en_termino'

/** The list answers at most this many rows (open ones first); filters narrow the rest. */
export const INQUIRY_LIST_LIMIT = 500
