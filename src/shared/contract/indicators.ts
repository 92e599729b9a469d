import { z } from 'zod'
import {
  INDICATOR_DIRECTIONS,
  INDICATOR_FREQUENCIES,
  INDICATOR_SOURCES,
  INDICATOR_TYPES,
  INDICATOR_UNITS,
  PERIOD_KEY_PATTERN,
  type IndicatorDirection,
  type IndicatorFrequency,
  type IndicatorSource,
  type IndicatorStatus,
  type IndicatorType,
  type IndicatorUnit,
  type MeasurementOrigin
} from '../domain/indicators'
import { Empty, Id, optionalText, requiredText } from './common'
import { method } from './define'

export interface IndicatorLastValue {
  periodKey: string
  periodLabel: string
  value: number
  status: IndicatorStatus
}

export interface IndicatorSheetRow {
  id: number
  name: string
  type: IndicatorType
  frequency: IndicatorFrequency
  unit: IndicatorUnit
  direction: IndicatorDirection
  goal: number
  criticalLimit: number
  source: IndicatorSource
  responsibleId: number
  responsibleName: string
  active: boolean
  last: IndicatorLastValue | null
}

export interface IndicatorMeasurement {
  id: number
  periodKey: string
  periodLabel: string
  from: string
  to: string
  numerator: number | null
  denominator: number | null
  value: number
  status: IndicatorStatus
  analysis: string
  origin: MeasurementOrigin
  recordedById: number
  recordedByName: string
  recordedAt: string
}

export interface IndicatorSheetDetail extends IndicatorSheetRow {
  objective: string
  formula: string
  createdAt: string
  updatedAt: string
  /** Oldest period first, as the chart draws them. */
  measurements: IndicatorMeasurement[]
  /** The jefe and the sheet's responsible record its measurements. */
  canRecord: boolean
}

/** What Pauta computes for a period, shown before it is recorded. */
export interface ComputedFigures {
  periodKey: string
  periodLabel: string
  from: string
  to: string
  numerator: number | null
  denominator: number
  /** Null when the period has no data to measure (denominator zero). */
  value: number | null
  /** Spanish sentence explaining the figures, or why there are none. */
  detail: string
}

export interface IndicatorAlert {
  sheetId: number
  name: string
  periodKey: string
  periodLabel: string
  value: number
  unit: IndicatorUnit
  goal: number
  status: Exclude<IndicatorStatus, 'satisfactorio'>
  responsibleName: string
}

const Figure = (label: string) =>
  z.number({ error: `Escriba ${label} como número.` }).finite(`Escriba ${label} como número.`).min(0, `${label[0]!.toUpperCase()}${label.slice(1)} no puede ser negativo.`)

const Threshold = (label: string) => z.number({ error: `Escriba ${label}.` }).finite(`Escriba ${label} como número.`)

const PeriodKey = z
  .string()
  .regex(PERIOD_KEY_PATTERN, 'Elija un periodo válido (p. ej. 2026-03, 2026-T1, 2026-S1 o 2026).')

export const indicatorsContract = {
  list: method(Empty).returns<IndicatorSheetRow[]>(),
  get: method(z.object({ id: Id })).returns<IndicatorSheetDetail>(),
  saveSheet: method(
    z.object({
      id: Id.optional(),
      name: requiredText('El nombre', 200),
      objective: optionalText('El objetivo', 1000),
      formula: z.string().trim().min(1, 'La fórmula es obligatoria.').max(500, 'La fórmula admite como máximo 500 caracteres.'),
      type: z.enum(INDICATOR_TYPES, { error: 'Elija el tipo de indicador.' }),
      frequency: z.enum(INDICATOR_FREQUENCIES, { error: 'Elija la frecuencia de medición.' }),
      unit: z.enum(INDICATOR_UNITS, { error: 'Elija la unidad.' }),
      direction: z.enum(INDICATOR_DIRECTIONS, { error: 'Elija si mayor o menor es mejor.' }),
      goal: Threshold('la meta'),
      criticalLimit: Threshold('el límite crítico'),
      responsibleId: Id,
      source: z.enum(INDICATOR_SOURCES, { error: 'Elija la fuente de los datos.' }).default('manual'),
      active: z.boolean().default(true)
    })
  ).returns<IndicatorSheetDetail>(),
  /** Computes a period of a computed sheet without storing it. */
  compute: method(z.object({ sheetId: Id, periodKey: PeriodKey })).returns<ComputedFigures>(),
  /**
   * Records (or replaces) a period's measurement. Manual sheets send the numerator and denominator,
   * or only the value; computed sheets send neither: main computes them again when recording.
   */
  record: method(
    z.object({
      sheetId: Id,
      periodKey: PeriodKey,
      numerator: Figure('el numerador').nullable().default(null),
      denominator: Figure('el denominador').nullable().default(null),
      value: z.number({ error: 'Escriba el valor como número.' }).finite('Escriba el valor como número.').nullable().default(null),
      analysis: optionalText('El análisis', 2000)
    })
  ).returns<IndicatorSheetDetail>(),
  /** Active sheets whose last measurement is not satisfactory: the critical ones first (Inicio). */
  alerts: method(Empty).returns<IndicatorAlert[]>()
}
