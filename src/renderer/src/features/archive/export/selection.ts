import type { ArchiveFilterInput } from '../queries'

/** What the export modal receives: assets picked one by one, or a search's filters (the contract's shape, see toContractFilters). */
export type ExportSelectionInput = { assetIds: number[] } | { filters: ArchiveFilterInput }
