import { REQUEST_STATE_LABELS, type RequestState } from '../../shared/domain/requests'
import { invalidTransition } from '../core/errors'

export type RequestAction = 'update' | 'startAnalysis' | 'accept' | 'reject'

/** A request is edited and decided while it is still open; acceptance and rejection are final. */
export const REQUEST_TRANSITIONS: readonly { action: RequestAction; from: readonly RequestState[]; to: RequestState | 'same' }[] = [
  { action: 'update', from: ['recibida', 'en_analisis'], to: 'same' },
  { action: 'startAnalysis', from: ['recibida'], to: 'en_analisis' },
  { action: 'accept', from: ['recibida', 'en_analisis'], to: 'aceptada' },
  { action: 'reject', from: ['recibida', 'en_analisis'], to: 'rechazada' }
]

const PHRASE: Record<RequestAction, string> = {
  update: 'modificarla',
  startAnalysis: 'iniciar su análisis',
  accept: 'aceptarla',
  reject: 'rechazarla'
}

/** The state the request moves to; throws INVALID_TRANSITION when its state does not allow the action. */
export function requestTransition(action: RequestAction, state: RequestState): RequestState {
  const t = REQUEST_TRANSITIONS.find((x) => x.action === action && x.from.includes(state))
  if (!t) throw invalidTransition(`La solicitud está «${REQUEST_STATE_LABELS[state]}»: no se puede ${PHRASE[action]}.`)
  return t.to === 'same' ? state : t.to
}
