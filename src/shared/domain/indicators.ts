/** Kind of management indicator (Guía para la construcción de indicadores, Función Pública). */
export const INDICATOR_TYPES = ['eficacia', 'eficiencia', 'efectividad'] as const
export type IndicatorType = (typeof INDICATOR_TYPES)[number]
export const INDICATOR_TYPE_LABELS: Record<IndicatorType, string> = {
  eficacia: 'Eficacia',
  eficiencia: 'Eficiencia',
  efectividad: 'Efectividad'
}

export const INDICATOR_FREQUENCIES = ['mensual', 'trimestral', 'semestral', 'anual'] as const
export type IndicatorFrequency = (typeof INDICATOR_FREQUENCIES)[number]
export const INDICATOR_FREQUENCY_LABELS: Record<IndicatorFrequency, string> = {
  mensual: 'Mensual',
  trimestral: 'Trimestral',
  semestral: 'Semestral',
  anual: 'Anual'
}

export const INDICATOR_UNITS = ['porcentaje', 'dias', 'numero'] as const
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number]
export const INDICATOR_UNIT_LABELS: Record<IndicatorUnit, string> = {
  porcentaje: 'Porcentaje (%)',
  dias: 'Días',
  numero: 'Número'
}

/** Whether a higher or a lower value is the better one. */
export const INDICATOR_DIRECTIONS = ['mayor', 'menor'] as const
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number]
export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  mayor: 'Mayor es mejor',
  menor: 'Menor es mejor'
}

/** Where a sheet's measurements come from: typed in, or computed by Pauta from its own records. */
export const INDICATOR_SOURCES = [
  'manual',
  'publicacion_oportuna',
  'tiempo_aprobacion',
  'piezas_devueltas',
  'ejecucion_plan',
  'inquietudes_a_tiempo',
  'cubrimientos_a_tiempo',
  'medios_favorables',
  'medios_negativos'
] as const
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number]
export type ComputedSource = Exclude<IndicatorSource, 'manual'>

export const INDICATOR_SOURCE_LABELS: Record<IndicatorSource, string> = {
  manual: 'Registro manual',
  publicacion_oportuna: 'Publicación a tiempo de las piezas',
  tiempo_aprobacion: 'Mediana del tiempo de aprobación',
  piezas_devueltas: 'Piezas devueltas para ajustes',
  ejecucion_plan: 'Ejecución del Plan de Comunicaciones',
  inquietudes_a_tiempo: 'Inquietudes ciudadanas respondidas en término',
  cubrimientos_a_tiempo: 'Cubrimientos entregados a tiempo',
  medios_favorables: 'Registros de medios con tono positivo o neutro',
  medios_negativos: 'Registros de medios con tono negativo'
}

/** What each computed source measures, as the sheet's default unit, direction and formula. */
export const COMPUTED_SOURCES: Record<ComputedSource, { unit: IndicatorUnit; direction: IndicatorDirection; formula: string }> = {
  publicacion_oportuna: {
    unit: 'porcentaje',
    direction: 'mayor',
    formula: '(Piezas publicadas en el periodo en su fecha límite o antes / Piezas publicadas en el periodo) × 100'
  },
  tiempo_aprobacion: {
    unit: 'dias',
    direction: 'menor',
    formula: 'Mediana de los días entre el primer envío del contenido a revisión y la aprobación final de las piezas aprobadas en el periodo'
  },
  piezas_devueltas: {
    unit: 'porcentaje',
    direction: 'menor',
    formula: '(Piezas devueltas al menos una vez en el periodo / Piezas revisadas en el periodo) × 100'
  },
  ejecucion_plan: {
    unit: 'porcentaje',
    direction: 'mayor',
    formula: '(Actividades del plan que cumplieron su frecuencia en el periodo / Actividades programadas en el periodo) × 100'
  },
  inquietudes_a_tiempo: {
    unit: 'porcentaje',
    direction: 'mayor',
    formula: '(Inquietudes con vencimiento en el periodo respondidas dentro del término / Inquietudes con vencimiento en el periodo) × 100'
  },
  cubrimientos_a_tiempo: {
    unit: 'porcentaje',
    direction: 'mayor',
    formula: '(Cubrimientos entregados a la hora pactada o antes / Cubrimientos con entrega pactada en el periodo) × 100'
  },
  medios_favorables: {
    unit: 'porcentaje',
    direction: 'mayor',
    formula: '(Registros de medios con tono positivo o neutro / Registros de medios del periodo) × 100'
  },
  medios_negativos: {
    unit: 'porcentaje',
    direction: 'menor',
    formula: '(Registros de medios con tono negativo / Registros de medios del periodo) × 100'
  }
}

export const isComputedSource = (source: IndicatorSource): source is ComputedSource => source !== 'manual'

export const MEASUREMENT_ORIGINS = ['manual', 'calculada'] as const
export type MeasurementOrigin = (typeof MEASUREMENT_ORIGINS)[number]

/**
 * The threshold model: the goal is where "satisfactorio" (verde) starts, the critical limit is
 * where "crítico" (rojo) starts, and the band between them is "en riesgo" (amarillo).
 */
export const INDICATOR_STATUSES = ['satisfactorio', 'en_riesgo', 'critico'] as const
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number]
export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  satisfactorio: 'Satisfactorio',
  en_riesgo: 'En riesgo',
  critico: 'Crítico'
}
export const INDICATOR_STATUS_COLORS: Record<IndicatorStatus, 'green' | 'yellow' | 'red'> = {
  satisfactorio: 'green',
  en_riesgo: 'yellow',
  critico: 'red'
}

export interface Thresholds {
  direction: IndicatorDirection
  goal: number
  criticalLimit: number
}

export function statusOf(value: number, t: Thresholds): IndicatorStatus {
  if (t.direction === 'mayor') return value >= t.goal ? 'satisfactorio' : value > t.criticalLimit ? 'en_riesgo' : 'critico'
  return value <= t.goal ? 'satisfactorio' : value < t.criticalLimit ? 'en_riesgo' : 'critico'
}

/** Null when the thresholds are consistent; otherwise what is wrong, in Spanish. */
export function thresholdProblem(t: Thresholds): string | null {
  if (t.direction === 'mayor' && t.criticalLimit > t.goal) {
    return 'Cuando mayor es mejor, el límite crítico debe ser menor o igual que la meta.'
  }
  if (t.direction === 'menor' && t.criticalLimit < t.goal) {
    return 'Cuando menor es mejor, el límite crítico debe ser mayor o igual que la meta.'
  }
  return null
}

const numberFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 })

/** "92,5 %", "3,2 días", "1.250". */
export function formatIndicatorValue(value: number, unit: IndicatorUnit): string {
  const n = numberFormat.format(value)
  if (unit === 'porcentaje') return `${n} %`
  if (unit === 'dias') return `${n} ${value === 1 ? 'día' : 'días'}`
  return n
}

// Periods: "2026-03" (mes), "2026-T1" (trimestre), "2026-S1" (semestre), "2026" (año).

const PERIOD_PATTERNS: Record<IndicatorFrequency, RegExp> = {
  mensual: /^(\d{4})-(0[1-9]|1[0-2])$/,
  trimestral: /^(\d{4})-T([1-4])$/,
  semestral: /^(\d{4})-S([12])$/,
  anual: /^(\d{4})$/
}
const MONTHS_PER_PERIOD: Record<IndicatorFrequency, number> = { mensual: 1, trimestral: 3, semestral: 6, anual: 12 }
export const PERIOD_KEY_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])|-T[1-4]|-S[12])?$/

const MONTH_NAMES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
const ORDINALS = ['1.er', '2.º', '3.er', '4.º']

export function frequencyOfPeriod(key: string): IndicatorFrequency | null {
  return INDICATOR_FREQUENCIES.find((f) => PERIOD_PATTERNS[f].test(key)) ?? null
}

/** The n-th period of the year (1-based) for a frequency, from its key; null when the key is of another frequency. */
function parsePeriod(key: string, frequency: IndicatorFrequency): { year: number; index: number } | null {
  const match = PERIOD_PATTERNS[frequency].exec(key)
  if (!match) return null
  return { year: Number(match[1]), index: frequency === 'anual' ? 1 : Number(match[2]) }
}

function keyOf(frequency: IndicatorFrequency, year: number, index: number): string {
  if (frequency === 'mensual') return `${year}-${String(index).padStart(2, '0')}`
  if (frequency === 'trimestral') return `${year}-T${index}`
  if (frequency === 'semestral') return `${year}-S${index}`
  return String(year)
}

/** The period of `frequency` that contains the date "aaaa-mm-dd". */
export function periodContaining(frequency: IndicatorFrequency, isoDate: string): string {
  const month = Number(isoDate.slice(5, 7))
  return keyOf(frequency, Number(isoDate.slice(0, 4)), Math.floor((month - 1) / MONTHS_PER_PERIOD[frequency]) + 1)
}

export function previousPeriod(key: string): string {
  const frequency = frequencyOfPeriod(key)
  if (!frequency) throw new Error(`Periodo no válido: ${key}`)
  const { year, index } = parsePeriod(key, frequency)!
  const count = 12 / MONTHS_PER_PERIOD[frequency]
  return index > 1 ? keyOf(frequency, year, index - 1) : keyOf(frequency, year - 1, count)
}

/** First and last Colombian calendar dates of a period. */
export function periodRange(key: string): { from: string; to: string } {
  const frequency = frequencyOfPeriod(key)
  if (!frequency) throw new Error(`Periodo no válido: ${key}`)
  const { year, index } = parsePeriod(key, frequency)!
  const size = MONTHS_PER_PERIOD[frequency]
  const firstMonth = (index - 1) * size + 1
  const lastMonth = firstMonth + size - 1
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  return {
    from: `${year}-${String(firstMonth).padStart(2, '0')}-01`,
    to: `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`
  }
}

/** "marzo de 2026", "1.er trimestre de 2026", "2.º semestre de 2026", "año 2026". */
export function periodLabel(key: string): string {
  const frequency = frequencyOfPeriod(key)
  if (!frequency) return key
  const { year, index } = parsePeriod(key, frequency)!
  if (frequency === 'mensual') return `${MONTH_NAMES[index - 1]} de ${year}`
  if (frequency === 'trimestral') return `${ORDINALS[index - 1]} trimestre de ${year}`
  if (frequency === 'semestral') return `${ORDINALS[index - 1]} semestre de ${year}`
  return `año ${year}`
}

/** Short label for chart axes: "mar. 2026", "T1 2026", "S1 2026", "2026". */
export function periodShortLabel(key: string): string {
  const frequency = frequencyOfPeriod(key)
  if (!frequency) return key
  const { year, index } = parsePeriod(key, frequency)!
  if (frequency === 'mensual') return `${MONTH_NAMES[index - 1]!.slice(0, 3)} ${year}`
  if (frequency === 'trimestral') return `T${index} ${year}`
  if (frequency === 'semestral') return `S${index} ${year}`
  return String(year)
}

/** Whether `key` is a period of `frequency`. */
export const isPeriodOf = (key: string, frequency: IndicatorFrequency): boolean => PERIOD_PATTERNS[frequency].test(key)

/** The `count` most recent periods of the frequency that have started by `today`, newest first. */
export function recentPeriods(frequency: IndicatorFrequency, today: string, count: number): string[] {
  const keys = [periodContaining(frequency, today)]
  while (keys.length < count) keys.push(previousPeriod(keys[keys.length - 1]!))
  return keys
}
