import { keepPreviousData, useInfiniteQuery, useQuery, type QueryKey } from '@tanstack/react-query'
import type { Contract, InputOf, IngestJob } from '../../../../shared/contract'
import type { ArchiveSort } from '../../../../shared/domain/archive'
import { api } from '../../lib/api'

export type ArchiveFilterInput = NonNullable<NonNullable<InputOf<Contract['archive']['search']>>['filters']>

/** A grid page: large enough to fill a screen several times, small enough to answer at once. */
const PAGE_SIZE = 120

export const useArchiveSearch = (filters: ArchiveFilterInput, sort: ArchiveSort) =>
  useInfiniteQuery({
    queryKey: ['archive', 'search', filters, sort],
    queryFn: ({ pageParam }) => api.archive.search({ filters, sort, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData
  })

export const useFacets = (filters: ArchiveFilterInput) =>
  useQuery({ queryKey: ['archive', 'facets', filters], queryFn: () => api.archive.facets({ filters }), placeholderData: keepPreviousData })

export const useAsset = (id: number | null) =>
  useQuery({ queryKey: ['archive', 'asset', id], queryFn: () => api.archive.get({ id: id! }), enabled: id !== null })

export const useArchiveEvents = () => useQuery({ queryKey: ['archive', 'events'], queryFn: () => api.archive.events() })

export const usePieceAssets = (pieceId: number) =>
  useQuery({ queryKey: ['archive', 'pieceAssets', pieceId], queryFn: () => api.archive.pieceAssets({ pieceId }) })

/** A job still changes while it runs or while its previews are being made. */
export const isBusy = (job: IngestJob): boolean => job.state === 'en_curso' || (job.state === 'terminada' && job.previewsPending > 0)

export const useIngests = () =>
  useQuery({
    queryKey: ['ingest', 'list'],
    queryFn: () => api.ingest.list(),
    refetchInterval: (q) => (q.state.data?.some(isBusy) ? 2000 : false)
  })

export const useIngest = (id: number) =>
  useQuery({
    queryKey: ['ingest', 'get', id],
    queryFn: () => api.ingest.get({ id }),
    refetchInterval: (q) => (q.state.data && isBusy(q.state.data) ? 1000 : false)
  })

/** Catalogue writes change the grid, facets, the detail and the pieces that show the asset. */
export const ARCHIVE_WRITES: QueryKey[] = [['archive'], ['pieces']]
