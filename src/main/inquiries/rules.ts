import type { InquiryAction } from '../../shared/contract/inquiries'
import { INQUIRY_STATE_LABELS, type InquiryState } from '../../shared/domain/inquiries'
import type { Role } from '../../shared/domain/roles'
import type { SessionUser } from '../../shared/contract'
import { invalidTransition } from '../core/errors'
import { hasPermission } from '../auth/permissions'

/**
 * The inquiry's life: it is registered, assigned, possibly consulted with a dependencia or turned
 * into a formal petition (PQRS), answered, and closed. Every reply is recorded, so an inquiry is
 * closed only once it has been answered.
 */
export const INQUIRY_TRANSITIONS: readonly { action: InquiryAction; from: readonly InquiryState[]; to: InquiryState | 'same' }[] = [
  { action: 'update', from: ['recibida', 'asignada', 'en_consulta'], to: 'same' },
  { action: 'assign', from: ['recibida'], to: 'asignada' },
  { action: 'assign', from: ['asignada', 'en_consulta', 'trasladada_pqrs'], to: 'same' },
  { action: 'consult', from: ['asignada', 'en_consulta'], to: 'en_consulta' },
  { action: 'reply', from: ['recibida', 'asignada', 'en_consulta', 'trasladada_pqrs'], to: 'respondida' },
  { action: 'transferToPqrs', from: ['asignada', 'en_consulta'], to: 'trasladada_pqrs' },
  { action: 'close', from: ['respondida'], to: 'cerrada' }
]

const PHRASE: Record<InquiryAction, string> = {
  update: 'modificar sus datos',
  assign: 'asignarla',
  consult: 'consultarla con una dependencia',
  reply: 'registrar una respuesta',
  transferToPqrs: 'trasladarla a PQRS',
  close: 'cerrarla'
}

const HINT: Partial<Record<InquiryState, string>> = {
  recibida: ' Asígnela primero a quien la va a responder.',
  respondida: ' Ya tiene respuesta.',
  cerrada: ' Está cerrada.'
}

/** The state the inquiry moves to; throws INVALID_TRANSITION when its state does not allow the action. */
export function inquiryTransition(action: InquiryAction, state: InquiryState): InquiryState {
  const t = INQUIRY_TRANSITIONS.find((x) => x.action === action && x.from.includes(state))
  if (!t) throw invalidTransition(`La inquietud está «${INQUIRY_STATE_LABELS[state]}»: no se puede ${PHRASE[action]}.${HINT[state] ?? ''}`)
  return t.to === 'same' ? state : t.to
}

export const canTransition = (action: InquiryAction, state: InquiryState) => INQUIRY_TRANSITIONS.some((t) => t.action === action && t.from.includes(state))

/** People who may be given an inquiry to answer: those whose role handles inquiries. */
export const canHandleInquiries = (role: Role) => hasPermission(role, 'inquiries.manage')

/** Once assigned, the reply is the assignee's; the jefe may record it for anyone. */
export const mayReply = (user: SessionUser, assigneeId: number | null) =>
  canHandleInquiries(user.role) && (assigneeId === null || assigneeId === user.id || user.role === 'jefe')

const ACTIONS: readonly InquiryAction[] = ['update', 'assign', 'consult', 'reply', 'transferToPqrs', 'close']

export function allowedActions(user: SessionUser, state: InquiryState, assigneeId: number | null): InquiryAction[] {
  if (!canHandleInquiries(user.role)) return []
  return ACTIONS.filter((a) => canTransition(a, state) && (a !== 'reply' || mayReply(user, assigneeId)))
}
