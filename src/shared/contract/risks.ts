import { z } from 'zod'
import {
  CONTROL_DOCUMENTATIONS,
  CONTROL_EVIDENCES,
  CONTROL_FREQUENCIES,
  CONTROL_IMPLEMENTATIONS,
  CONTROL_TYPES,
  RISK_TYPES,
  TREATMENTS,
  type ControlDocumentation,
  type ControlEvidence,
  type ControlFrequency,
  type ControlImplementation,
  type ControlType,
  type Level,
  type ResidualStep,
  type RiskType,
  type RiskZone,
  type Treatment
} from '../domain/risks'
import { Empty, Id, IsoDate, optionalText, requiredText } from './common'
import { method } from './define'

export interface RiskRow {
  id: number
  number: number
  description: string
  type: RiskType
  probability: Level
  impact: Level
  zone: RiskZone
  residualProbability: Level
  residualImpact: Level
  residualZone: RiskZone
  treatment: Treatment
  /** Controls in force (inactive ones no longer reduce the risk). */
  controlCount: number
  lastFollowUpOn: string | null
}

export interface RiskFollowUp {
  id: number
  followedOn: string
  executed: boolean
  evidence: string
  observation: string
  recordedById: number
  recordedByName: string
  createdAt: string
}

export interface RiskControl {
  id: number
  description: string
  responsibleId: number
  responsibleName: string
  type: ControlType
  implementation: ControlImplementation
  documentation: ControlDocumentation
  frequency: ControlFrequency
  evidence: ControlEvidence
  active: boolean
  /** The guide's rating: type weight + implementation weight (percentage points). */
  rating: number
  followUps: RiskFollowUp[]
}

export interface RiskDetail extends RiskRow {
  causes: string
  consequences: string
  createdAt: string
  updatedAt: string
  probabilityPercent: number
  impactPercent: number
  residualProbabilityPercent: number
  residualImpactPercent: number
  /** How each control in force moved the probability or the impact, in order. */
  steps: ResidualStep[]
  controls: RiskControl[]
}

/** `what` carries its article ("la probabilidad", "el impacto"). */
const Level15 = (what: string, scale: string) => {
  const What = what.charAt(0).toUpperCase() + what.slice(1)
  return z
    .number({ error: `Elija ${what} (de 1 a 5).` })
    .int(`${What} es un número entero de 1 a 5.`)
    .min(1, `${What} va de 1 a 5 (${scale}).`)
    .max(5, `${What} va de 1 a 5 (${scale}).`)
}

export const RiskFields = z.object({
  description: requiredText('La descripción del riesgo', 500),
  type: z.enum(RISK_TYPES, { error: 'Elija el tipo de riesgo.' }),
  causes: optionalText('Las causas', 2000),
  consequences: optionalText('Las consecuencias', 2000),
  probability: Level15('la probabilidad', '1 muy baja, 5 muy alta'),
  impact: Level15('el impacto', '1 leve, 5 catastrófico'),
  treatment: z.enum(TREATMENTS, { error: 'Elija el tratamiento del riesgo.' })
})

export const ControlFields = z.object({
  description: requiredText('La descripción del control', 1000),
  responsibleId: Id,
  type: z.enum(CONTROL_TYPES, { error: 'Elija el tipo de control.' }),
  implementation: z.enum(CONTROL_IMPLEMENTATIONS, { error: 'Elija cómo se implementa el control.' }),
  documentation: z.enum(CONTROL_DOCUMENTATIONS, { error: 'Indique si el control está documentado.' }),
  frequency: z.enum(CONTROL_FREQUENCIES, { error: 'Elija la frecuencia del control.' }),
  evidence: z.enum(CONTROL_EVIDENCES, { error: 'Indique si el control deja registro.' })
})

export const risksContract = {
  list: method(Empty).returns<RiskRow[]>(),
  get: method(z.object({ id: Id })).returns<RiskDetail>(),
  create: method(RiskFields).returns<RiskDetail>(),
  update: method(RiskFields.extend({ id: Id })).returns<RiskDetail>(),
  addControl: method(ControlFields.extend({ riskId: Id })).returns<RiskDetail>(),
  /** Edits a control; `active: false` takes it out of the residual risk without losing its follow-ups. */
  updateControl: method(ControlFields.extend({ id: Id, active: z.boolean() })).returns<RiskDetail>(),
  /** The control's responsible (or the jefe) records whether it was executed, and its evidence. */
  recordFollowUp: method(
    z.object({
      controlId: Id,
      followedOn: IsoDate,
      executed: z.boolean({ error: 'Indique si el control se ejecutó.' }),
      evidence: optionalText('La evidencia', 1000),
      observation: optionalText('La observación', 2000)
    })
  ).returns<RiskDetail>()
}
