import type { Generated } from 'kysely'

export interface IndicatorSheetsTable {
  id: Generated<number>
  name: string
  created_at: string
  updated_at: string
}

export interface IndicatorTables {
  indicator_sheets: IndicatorSheetsTable
}
