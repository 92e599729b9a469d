import { z } from 'zod'
import {
  FREQUENCIES,
  PHVA_PHASES,
  PLAN_SCOPES,
  PLAN_STATUSES,
  STRATEGY_KINDS,
  type Frequency,
  type PhvaPhase,
  type PlanScope,
  type PlanStatus,
  type StrategyKind
} from '../domain/plans'
import { Empty, Id, IdList, IsoDate, optionalText, requiredText } from './common'
import { method } from './define'

export interface PlanSummary {
  id: number
  name: string
  startsOn: string
  endsOn: string
  scope: PlanScope
  status: PlanStatus
  description: string
  strategyCount: number
  activityCount: number
}

export interface PlanActivity {
  id: number
  strategyId: number
  description: string
  frequency: Frequency
  phvaPhase: PhvaPhase
  channelIds: number[]
  audienceIds: number[]
  responsibleId: number | null
  responsibleName: string | null
  goalQuantity: number
  goalUnit: string
  /** Pieces linked to the activity, and how many of them are published. */
  pieceCount: number
  publishedCount: number
}

export interface PlanStrategy {
  id: number
  planId: number
  kind: StrategyKind
  name: string
  objective: string
  activities: PlanActivity[]
}

export interface PlanDetail extends PlanSummary {
  strategies: PlanStrategy[]
}

export interface ActivityOption {
  id: number
  label: string
  planName: string
  strategyName: string
}

const PlanFields = z.object({
  name: requiredText('El nombre del plan'),
  startsOn: IsoDate,
  endsOn: IsoDate,
  scope: z.enum(PLAN_SCOPES, { message: 'Seleccione el alcance.' }),
  status: z.enum(PLAN_STATUSES, { message: 'Seleccione el estado.' }).default('borrador'),
  description: optionalText('La descripción', 4000)
})
const vigenciaOrdered = {
  check: (p: { startsOn: string; endsOn: string }) => p.endsOn >= p.startsOn,
  params: {
    message: 'La fecha final de la vigencia no puede ser anterior a la inicial.',
    path: ['endsOn']
  }
}

const StrategyFields = z.object({
  kind: z.enum(STRATEGY_KINDS, { message: 'Seleccione el tipo de estrategia.' }),
  name: requiredText('El nombre de la estrategia'),
  objective: optionalText('El objetivo', 2000)
})

const ActivityFields = z.object({
  description: requiredText('La descripción de la actividad', 2000),
  frequency: z.enum(FREQUENCIES, { message: 'Seleccione la frecuencia.' }),
  phvaPhase: z.enum(PHVA_PHASES, { message: 'Seleccione la fase PHVA.' }),
  channelIds: IdList,
  audienceIds: IdList,
  responsibleId: Id.nullable().default(null),
  goalQuantity: z.number().int('La meta debe ser un número entero.').min(0, 'La meta no puede ser negativa.').max(100000),
  goalUnit: optionalText('La unidad de la meta', 80)
})

export const plansContract = {
  list: method(Empty).returns<PlanSummary[]>(),
  get: method(z.object({ id: Id })).returns<PlanDetail>(),
  create: method(PlanFields.refine(vigenciaOrdered.check, vigenciaOrdered.params)).returns<PlanDetail>(),
  update: method(PlanFields.extend({ id: Id }).refine(vigenciaOrdered.check, vigenciaOrdered.params)).returns<PlanDetail>(),
  createStrategy: method(StrategyFields.extend({ planId: Id })).returns<PlanStrategy>(),
  updateStrategy: method(StrategyFields.extend({ id: Id })).returns<PlanStrategy>(),
  createActivity: method(ActivityFields.extend({ strategyId: Id })).returns<PlanActivity>(),
  updateActivity: method(ActivityFields.extend({ id: Id })).returns<PlanActivity>(),
  /** Activities of plans that are not closed, for linking pieces. */
  activityOptions: method(Empty).returns<ActivityOption[]>()
}
