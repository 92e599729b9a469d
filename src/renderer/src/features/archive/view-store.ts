import { create } from 'zustand'
import type { ArchiveSort, AssetKind, CatalogueStatus, ConsentView } from '../../../../shared/domain/archive'
import type { ArchiveFilterInput } from './queries'

export interface ArchiveFacetFilters {
  kind: AssetKind[]
  year: number[]
  eventId: number[]
  dependenciaId: number[]
  creator: string[]
  consent: ConsentView[]
  status: CatalogueStatus[]
}

export type FacetKey = keyof ArchiveFacetFilters

export interface ArchiveFilters extends ArchiveFacetFilters {
  text: string
  from: string | null
  to: string | null
}

export const NO_ARCHIVE_FILTERS: ArchiveFilters = {
  text: '',
  from: null,
  to: null,
  kind: [],
  year: [],
  eventId: [],
  dependenciaId: [],
  creator: [],
  consent: [],
  status: []
}

interface ArchiveViewState {
  filters: ArchiveFilters
  sort: ArchiveSort
  view: 'grid' | 'list'
  setFilters(filters: ArchiveFilters): void
  setSort(sort: ArchiveSort): void
  setView(view: 'grid' | 'list'): void
  /** Puts a saved search back on screen: its filters and its order. */
  applySearch(filters: ArchiveFilterInput, sort: ArchiveSort): void
}

/** UI state kept while the person moves between screens, so the search is still there on return. */
export const useArchiveView = create<ArchiveViewState>((set) => ({
  filters: NO_ARCHIVE_FILTERS,
  sort: 'fecha_desc',
  view: 'grid',
  setFilters: (filters) => set({ filters }),
  setSort: (sort) => set({ sort }),
  setView: (view) => set({ view }),
  applySearch: (filters, sort) => set({ filters: fromContractFilters(filters), sort })
}))

/** Only what is set goes to main, so equal searches share one cache entry. */
export function toContractFilters(f: ArchiveFilters, text: string): ArchiveFilterInput {
  const out: ArchiveFilterInput = {}
  if (text) out.text = text
  if (f.from) out.from = f.from
  if (f.to) out.to = f.to
  if (f.kind.length) out.kind = f.kind
  if (f.year.length) out.year = f.year
  if (f.eventId.length) out.eventId = f.eventId
  if (f.dependenciaId.length) out.dependenciaId = f.dependenciaId
  if (f.creator.length) out.creator = f.creator
  if (f.consent.length) out.consent = f.consent
  if (f.status.length) out.status = f.status
  return out
}

export const isFiltered = (f: ArchiveFilters): boolean => JSON.stringify(f) !== JSON.stringify(NO_ARCHIVE_FILTERS)

/** The reverse of toContractFilters: what main kept for a saved search, as the screen's filters. */
export function fromContractFilters(f: ArchiveFilterInput): ArchiveFilters {
  return {
    text: f.text ?? '',
    from: f.from ?? null,
    to: f.to ?? null,
    kind: f.kind ?? [],
    year: f.year ?? [],
    eventId: f.eventId ?? [],
    dependenciaId: f.dependenciaId ?? [],
    creator: f.creator ?? [],
    consent: f.consent ?? [],
    status: f.status ?? []
  }
}
