/**
 * The risk matrix after Función Pública's «Guía para la administración del riesgo y el diseño de
 * controles en entidades públicas» (versión 6): probability and impact on 1–5 scales, the 5×5
 * heat map, and the rating of controls by their design attributes.
 */

export const RISK_TYPES = [
  'estrategico',
  'operativo',
  'financiero',
  'cumplimiento',
  'imagen',
  'tecnologico',
  'corrupcion',
  'seguridad_informacion'
] as const
export type RiskType = (typeof RISK_TYPES)[number]
export const RISK_TYPE_LABELS: Record<RiskType, string> = {
  estrategico: 'Estratégico',
  operativo: 'Operativo',
  financiero: 'Financiero',
  cumplimiento: 'De cumplimiento',
  imagen: 'De imagen o reputacional',
  tecnologico: 'Tecnológico',
  corrupcion: 'De corrupción',
  seguridad_informacion: 'De seguridad de la información'
}

export const LEVELS = [1, 2, 3, 4, 5] as const
export type Level = (typeof LEVELS)[number]

/** The guide rates probability by how often the activity that carries the risk is performed. */
export const PROBABILITY_LABELS: Record<Level, string> = { 1: 'Muy baja', 2: 'Baja', 3: 'Media', 4: 'Alta', 5: 'Muy alta' }
export const PROBABILITY_HINTS: Record<Level, string> = {
  1: 'La actividad se realiza como máximo 2 veces al año',
  2: 'De 3 a 24 veces al año',
  3: 'De 24 a 500 veces al año',
  4: 'De 500 a 5.000 veces al año',
  5: 'Más de 5.000 veces al año'
}
export const IMPACT_LABELS: Record<Level, string> = { 1: 'Leve', 2: 'Menor', 3: 'Moderado', 4: 'Mayor', 5: 'Catastrófico' }

export const RISK_ZONES = ['baja', 'moderada', 'alta', 'extrema'] as const
export type RiskZone = (typeof RISK_ZONES)[number]
export const RISK_ZONE_LABELS: Record<RiskZone, string> = { baja: 'Baja', moderada: 'Moderada', alta: 'Alta', extrema: 'Extrema' }
export const RISK_ZONE_COLORS: Record<RiskZone, string> = { baja: 'green', moderada: 'yellow', alta: 'orange', extrema: 'red' }

/**
 * The guide's heat map: HEAT_MAP[probability][impact − 1]. Catastrophic impact is always extreme
 * and major impact always high, whatever the probability.
 */
export const HEAT_MAP: Record<Level, readonly [RiskZone, RiskZone, RiskZone, RiskZone, RiskZone]> = {
  5: ['alta', 'alta', 'alta', 'alta', 'extrema'],
  4: ['moderada', 'moderada', 'alta', 'alta', 'extrema'],
  3: ['moderada', 'moderada', 'moderada', 'alta', 'extrema'],
  2: ['baja', 'moderada', 'moderada', 'alta', 'extrema'],
  1: ['baja', 'baja', 'moderada', 'alta', 'extrema']
}

export function riskZone(probability: Level, impact: Level): RiskZone {
  return HEAT_MAP[probability][impact - 1]!
}

export const CONTROL_TYPES = ['preventivo', 'detectivo', 'correctivo'] as const
export type ControlType = (typeof CONTROL_TYPES)[number]
export const CONTROL_TYPE_LABELS: Record<ControlType, string> = { preventivo: 'Preventivo', detectivo: 'Detectivo', correctivo: 'Correctivo' }

export const CONTROL_IMPLEMENTATIONS = ['automatico', 'manual'] as const
export type ControlImplementation = (typeof CONTROL_IMPLEMENTATIONS)[number]
export const CONTROL_IMPLEMENTATION_LABELS: Record<ControlImplementation, string> = { automatico: 'Automático', manual: 'Manual' }

/** The guide's weights (percentage points) of the two attributes that rate a control's efficiency. */
export const CONTROL_TYPE_WEIGHTS: Record<ControlType, number> = { preventivo: 25, detectivo: 15, correctivo: 10 }
export const CONTROL_IMPLEMENTATION_WEIGHTS: Record<ControlImplementation, number> = { automatico: 25, manual: 15 }

/** Informative attributes: recorded and shown, they do not change the rating. */
export const CONTROL_DOCUMENTATIONS = ['documentado', 'sin_documentar'] as const
export type ControlDocumentation = (typeof CONTROL_DOCUMENTATIONS)[number]
export const CONTROL_DOCUMENTATION_LABELS: Record<ControlDocumentation, string> = { documentado: 'Documentado', sin_documentar: 'Sin documentar' }

export const CONTROL_FREQUENCIES = ['continua', 'aleatoria'] as const
export type ControlFrequency = (typeof CONTROL_FREQUENCIES)[number]
export const CONTROL_FREQUENCY_LABELS: Record<ControlFrequency, string> = { continua: 'Continua', aleatoria: 'Aleatoria' }

export const CONTROL_EVIDENCES = ['con_registro', 'sin_registro'] as const
export type ControlEvidence = (typeof CONTROL_EVIDENCES)[number]
export const CONTROL_EVIDENCE_LABELS: Record<ControlEvidence, string> = { con_registro: 'Con registro', sin_registro: 'Sin registro' }

export const TREATMENTS = ['aceptar', 'reducir', 'evitar', 'compartir'] as const
export type Treatment = (typeof TREATMENTS)[number]
export const TREATMENT_LABELS: Record<Treatment, string> = { aceptar: 'Aceptar', reducir: 'Reducir', evitar: 'Evitar', compartir: 'Compartir' }

/** A control's rating: the weight of its type plus the weight of its implementation (e.g. preventivo manual = 40 %). */
export function controlRating(control: { type: ControlType; implementation: ControlImplementation }): number {
  return CONTROL_TYPE_WEIGHTS[control.type] + CONTROL_IMPLEMENTATION_WEIGHTS[control.implementation]
}

/** A level as the guide's percentage: muy baja 20 %, … muy alta 100 %. */
export const levelPercent = (level: Level): number => level * 20

/** A percentage back to its level (≤ 20 % muy baja, ≤ 40 % baja, …); never below 1. */
export function percentLevel(percent: number): Level {
  const level = Math.ceil(Math.round(percent * 100) / 100 / 20)
  return Math.min(5, Math.max(1, level)) as Level
}

export interface ResidualStep {
  controlId: number
  rating: number
  /** What the control moves: preventive and detective controls lower probability, corrective ones impact. */
  reduces: 'probabilidad' | 'impacto'
  before: number
  after: number
}

export interface Residual {
  probabilityPercent: number
  impactPercent: number
  probability: Level
  impact: Level
  zone: RiskZone
  steps: ResidualStep[]
}

const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * The residual risk: each control, in the order it was registered, reduces what is left after
 * the previous one by its rating (60 % with a 40 % control leaves 36 %, a second 40 % control 21,6 %).
 */
export function residualRisk(
  probability: Level,
  impact: Level,
  controls: readonly { id: number; type: ControlType; implementation: ControlImplementation }[]
): Residual {
  let p = levelPercent(probability)
  let i = levelPercent(impact)
  const steps: ResidualStep[] = []
  for (const control of controls) {
    const rating = controlRating(control)
    if (control.type === 'correctivo') {
      const after = round2(i * (1 - rating / 100))
      steps.push({ controlId: control.id, rating, reduces: 'impacto', before: i, after })
      i = after
    } else {
      const after = round2(p * (1 - rating / 100))
      steps.push({ controlId: control.id, rating, reduces: 'probabilidad', before: p, after })
      p = after
    }
  }
  const rp = percentLevel(p)
  const ri = percentLevel(i)
  return { probabilityPercent: p, impactPercent: i, probability: rp, impact: ri, zone: riskZone(rp, ri), steps }
}
