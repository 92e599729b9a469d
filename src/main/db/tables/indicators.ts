import type { Generated } from 'kysely'
import type {
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorSource,
  IndicatorType,
  IndicatorUnit,
  MeasurementOrigin
} from '../../../shared/domain/indicators'

export interface IndicatorSheetsTable {
  id: Generated<number>
  name: string
  created_at: string
  updated_at: string
  /** Columns with a default in the schema may be left out of an insert. */
  objective: Generated<string>
  /** The formula as the entity writes it; computed sources compute their own. */
  formula: string
  type: IndicatorType
  frequency: IndicatorFrequency
  unit: IndicatorUnit
  direction: IndicatorDirection
  /** Where "satisfactorio" starts. */
  goal: number
  /** Where "crítico" starts; between it and the goal the indicator is "en riesgo". */
  critical_limit: number
  responsible_id: number
  source: Generated<IndicatorSource>
  active: Generated<number>
  created_by: number
}

/** One per sheet and period; recording the period again replaces it. */
export interface IndicatorMeasurementsTable {
  id: Generated<number>
  sheet_id: number
  /** "2026-03", "2026-T1", "2026-S1" or "2026", matching the sheet's frequency. */
  period_key: string
  period_from: string
  period_to: string
  numerator: number | null
  denominator: number | null
  value: number
  analysis: Generated<string>
  origin: MeasurementOrigin
  recorded_by: number
  recorded_at: string
}

export interface IndicatorTables {
  indicator_sheets: IndicatorSheetsTable
  indicator_measurements: IndicatorMeasurementsTable
}
