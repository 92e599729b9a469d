import type { Generated } from 'kysely'
import type { ExportState, FixityFrequency } from '../../../shared/domain/archive-export'

export interface ArchiveExportsTable {
  id: Generated<number>
  name: string
  destination_path: string
  bag_path: string
  partial_path: string
  state: ExportState
  xmp_sidecars: 0 | 1
  embed_xmp: 0 | 1
  total_files: number
  total_bytes: number
  done_files: Generated<number>
  done_bytes: Generated<number>
  consent_issues: Generated<number>
  error: string | null
  started_at: string
  finished_at: string | null
  created_by: number
}

export interface ArchiveExportAssetsTable {
  export_id: number
  asset_id: number
  position: number
  bag_name: string
}

export interface FixityScheduleTable {
  id: number
  frequency: FixityFrequency
  weekday: number | null
  month_day: number | null
  hour: number
  last_run_at: string | null
  updated_at: string
  updated_by: number
}

export interface FixityScheduledRunsTable {
  run_id: number
}

export interface ArchiveExportTables {
  archive_exports: ArchiveExportsTable
  archive_export_assets: ArchiveExportAssetsTable
  fixity_schedule: FixityScheduleTable
  fixity_scheduled_runs: FixityScheduledRunsTable
}
