export const FINDING_SOURCES = ['indicador', 'riesgo', 'auditoria', 'autoevaluacion', 'otra'] as const
export type FindingSource = (typeof FINDING_SOURCES)[number]
export const FINDING_SOURCE_LABELS: Record<FindingSource, string> = {
  indicador: 'Indicador',
  riesgo: 'Riesgo',
  auditoria: 'Auditoría',
  autoevaluacion: 'Autoevaluación',
  otra: 'Otra fuente'
}

export const ACTION_TYPES = ['preventiva', 'correctiva', 'mejora'] as const
export type ActionType = (typeof ACTION_TYPES)[number]
export const ACTION_TYPE_LABELS: Record<ActionType, string> = { preventiva: 'Preventiva', correctiva: 'Correctiva', mejora: 'De mejora' }

export const FINDING_STATES = ['abierto', 'cerrado'] as const
export type FindingState = (typeof FINDING_STATES)[number]
export const FINDING_STATE_LABELS: Record<FindingState, string> = { abierto: 'Abierto', cerrado: 'Cerrado' }

/** An action is announced this many calendar days before its due date. */
export const DUE_SOON_DAYS = 7
