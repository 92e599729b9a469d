import type { Generated } from 'kysely'
import type { ArchiveSort } from '../../../shared/domain/archive'

export interface SavedSearchesTable {
  id: Generated<number>
  owner_id: number
  name: string
  /** JSON of the contract's ArchiveFilters. */
  filters: string
  sort: ArchiveSort
  shared: number
  created_at: string
  updated_at: string
}

export interface ArchiveCurationTables {
  saved_searches: SavedSearchesTable
}
