export const PLAN_SCOPES = ['interna', 'externa', 'mixta'] as const
export type PlanScope = (typeof PLAN_SCOPES)[number]
export const PLAN_SCOPE_LABELS: Record<PlanScope, string> = {
  interna: 'Interna',
  externa: 'Externa',
  mixta: 'Interna y externa'
}

export const PLAN_STATUSES = ['borrador', 'vigente', 'cerrado'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  borrador: 'En formulación',
  vigente: 'Vigente',
  cerrado: 'Cerrado'
}

export const STRATEGY_KINDS = [
  'audiovisual',
  'diseno',
  'digital',
  'redaccion',
  'prensa',
  'comunicacion_interna'
] as const
export type StrategyKind = (typeof STRATEGY_KINDS)[number]
export const STRATEGY_KIND_LABELS: Record<StrategyKind, string> = {
  audiovisual: 'Audiovisual',
  diseno: 'Diseño',
  digital: 'Digital',
  redaccion: 'Redacción',
  prensa: 'Prensa',
  comunicacion_interna: 'Comunicación interna'
}

export const FREQUENCIES = [
  'permanente',
  'diaria',
  'semanal',
  'mensual',
  'bimestral',
  'trimestral',
  'semestral',
  'anual',
  'segun_requerimiento'
] as const
export type Frequency = (typeof FREQUENCIES)[number]
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  permanente: 'Permanente',
  diaria: 'Diaria',
  semanal: 'Semanal',
  mensual: 'Mensual',
  bimestral: 'Bimestral',
  trimestral: 'Trimestral',
  semestral: 'Semestral',
  anual: 'Anual',
  segun_requerimiento: 'Según requerimiento'
}

export const PHVA_PHASES = ['P', 'H', 'V', 'A'] as const
export type PhvaPhase = (typeof PHVA_PHASES)[number]
export const PHVA_LABELS: Record<PhvaPhase, string> = {
  P: 'Planear',
  H: 'Hacer',
  V: 'Verificar',
  A: 'Actuar'
}
