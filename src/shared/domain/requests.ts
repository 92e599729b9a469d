export const REQUEST_STATES = ['recibida', 'en_analisis', 'aceptada', 'rechazada'] as const
export type RequestState = (typeof REQUEST_STATES)[number]
export const REQUEST_STATE_LABELS: Record<RequestState, string> = {
  recibida: 'Recibida',
  en_analisis: 'En análisis',
  aceptada: 'Aceptada',
  rechazada: 'Rechazada'
}
