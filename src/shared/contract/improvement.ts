import { z } from 'zod'
import { ACTION_TYPES, FINDING_SOURCES, FINDING_STATES, type ActionType, type FindingSource, type FindingState } from '../domain/improvement'
import { Empty, Id, IsoDate, optionalText, requiredText } from './common'
import { method } from './define'

export interface FindingRow {
  id: number
  number: number
  description: string
  source: FindingSource
  /** The linked indicator's or risk's name, else the free detail (e.g. "Auditoría interna 2026"). */
  sourceName: string
  actionType: ActionType
  identifiedOn: string
  state: FindingState
  actionCount: number
  /** Mean progress of its actions, 0–100 (0 without actions). */
  progress: number
  lateCount: number
  nextDueOn: string | null
}

export interface ProgressEntry {
  id: number
  progress: number
  evidence: string
  recordedById: number
  recordedByName: string
  recordedAt: string
}

export interface ImprovementAction {
  id: number
  description: string
  responsibleId: number
  responsibleName: string
  startsOn: string
  dueOn: string
  progress: number
  late: boolean
  dueSoon: boolean
  history: ProgressEntry[]
}

export interface FindingDetail extends FindingRow {
  sourceDetail: string
  indicatorSheetId: number | null
  riskId: number | null
  cause: string
  closingNote: string
  closedAt: string | null
  closedByName: string | null
  createdAt: string
  actions: ImprovementAction[]
}

export interface ActionAlert {
  actionId: number
  findingId: number
  findingNumber: number
  description: string
  responsibleId: number
  responsibleName: string
  dueOn: string
  progress: number
  /** Negative when late. */
  daysLeft: number
}

export interface ImprovementDue {
  asOf: string
  late: ActionAlert[]
  dueSoon: ActionAlert[]
}

export interface SourceOptions {
  indicators: { id: number; name: string }[]
  risks: { id: number; number: number; description: string }[]
}

export const FindingFields = z.object({
  description: requiredText('La descripción del hallazgo', 1000),
  source: z.enum(FINDING_SOURCES, { error: 'Elija la fuente del hallazgo.' }),
  sourceDetail: optionalText('El detalle de la fuente', 300),
  indicatorSheetId: Id.nullable().default(null),
  riskId: Id.nullable().default(null),
  cause: optionalText('La causa', 2000),
  actionType: z.enum(ACTION_TYPES, { error: 'Elija el tipo de acción.' }),
  identifiedOn: IsoDate
})

const ActionFields = z.object({
  description: requiredText('La descripción de la acción', 1000),
  responsibleId: Id,
  startsOn: IsoDate,
  dueOn: IsoDate
})

const datesInOrder = <T extends { startsOn: string; dueOn: string }>(v: T) => v.dueOn >= v.startsOn
const INVERTED = { message: 'La fecha límite no puede ser anterior a la fecha de inicio.', path: ['dueOn'] }

export const improvementContract = {
  list: method(z.object({ state: z.enum(FINDING_STATES).optional() }).default({})).returns<FindingRow[]>(),
  get: method(z.object({ id: Id })).returns<FindingDetail>(),
  create: method(FindingFields).returns<FindingDetail>(),
  update: method(FindingFields.extend({ id: Id })).returns<FindingDetail>(),
  addAction: method(ActionFields.extend({ findingId: Id }).refine(datesInOrder, INVERTED)).returns<FindingDetail>(),
  updateAction: method(ActionFields.extend({ id: Id }).refine(datesInOrder, INVERTED)).returns<FindingDetail>(),
  /** The action's responsible (or the jefe) reports its progress with the evidence that supports it. */
  recordProgress: method(
    z.object({
      actionId: Id,
      progress: z
        .number({ error: 'Escriba el avance (0 a 100).' })
        .int('El avance es un número entero de 0 a 100.')
        .min(0, 'El avance va de 0 a 100 %.')
        .max(100, 'El avance va de 0 a 100 %.'),
      evidence: requiredText('La evidencia del avance', 2000)
    })
  ).returns<FindingDetail>(),
  close: method(z.object({ id: Id, closingNote: requiredText('La nota de cierre', 2000) })).returns<FindingDetail>(),
  /** For Inicio: open actions due within seven days, and late ones. */
  due: method(Empty).returns<ImprovementDue>(),
  /** What a finding can be linked to: the indicator sheets and the risks of the matrix. */
  sourceOptions: method(Empty).returns<SourceOptions>()
}
