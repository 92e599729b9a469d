import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { keepPreviousData, useQueries, useQuery, type QueryKey } from '@tanstack/react-query'
import type { AssetCard, Contract, InputOf, IngestJob, OutputOf } from '../../../../shared/contract'
import type { ArchiveSort } from '../../../../shared/domain/archive'
import { api } from '../../lib/api'
import {
  hasMore,
  heldPages,
  isReaching,
  isUnanswered,
  reachNext,
  sameWindow,
  reachedCount,
  recordPage,
  showItems,
  subscribeWindow,
  updateWindow,
  windowOf,
  type SearchWindow
} from './windowed-search'

export type ArchiveFilterInput = NonNullable<NonNullable<InputOf<Contract['archive']['search']>>['filters']>
export type SearchPage = OutputOf<Contract['archive']['search']>

/** A grid page: large enough to fill a screen several times, small enough to answer at once. */
export const PAGE_SIZE = 120

/** How long a page scrolled out of the window stays in memory; scrolling back later fetches it again. */
const DROPPED_PAGE_GC_MS = 2_000

/** The search's results as the grid, the list and the selection read them. */
export interface ArchiveResults {
  /** Changes with the filters and the order: a new search, shown from the top. */
  key: string
  isPending: boolean
  isError: boolean
  error: Error | null
  refetch: () => void
  /** Assets reached so far (a row each); the cards of pages far from the screen are not held. */
  count: number
  total: number
  totalCapped: boolean
  /** The card at a position, or undefined while its page is not held. */
  itemAt: (index: number) => AssetCard | undefined
  /** The held cards in the results' order, with the gaps of the pages not held left out. */
  loaded: AssetCard[]
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => void
  /** The grid tells which positions have rows on screen: their pages (and their neighbours) are held. */
  showItems: (firstIndex: number, lastIndex: number) => void
}

interface Shown {
  key: string
  window: SearchWindow
  pages: ReadonlyMap<number, SearchPage>
}

type Answered = [index: number, cursor: string | null, page: SearchPage][]

// The closures below are made outside the hook on purpose: a closure made inside it keeps the whole
// render's scope alive (its query results, their observers, those observers' options…), and a
// query's queryFn outlives the render, so inner closures chained every page ever shown in memory.

const windowSubscriber = (key: string) => (listener: () => void) => subscribeWindow(key, listener)

const pageQuery = (filters: ArchiveFilterInput, sort: ArchiveSort, pageSize: number, index: number, cursor: string | null) => ({
  queryKey: ['archive', 'search', filters, sort, pageSize, index, cursor],
  queryFn: () => api.archive.search({ filters, sort, cursor, limit: pageSize }),
  gcTime: DROPPED_PAGE_GC_MS
})

const recordAnswers = (answered: Answered) => (w: SearchWindow) =>
  answered.reduce((acc, [index, cursor, page]) => recordPage(acc, index, cursor, page), w)

const cardAt = (pages: ReadonlyMap<number, SearchPage>, pageSize: number) => (index: number) =>
  pages.get(Math.floor(index / pageSize))?.items[index % pageSize]

const refetchFailed = (answers: readonly { isError: boolean; refetch: () => Promise<unknown> }[]) => () => {
  for (const a of answers) if (a.isError) void a.refetch()
}

const reachNextOf = (key: string) => () => updateWindow(key, reachNext)

const showItemsOf = (key: string, pageSize: number) => (first: number, last: number) =>
  updateWindow(key, (current) => showItems(current, first, last, pageSize))

/**
 * The search, windowed (see windowed-search.ts): one query per held page, keyed by its cursor, so
 * invalidating ['archive'] refetches what is on screen and pages scrolled away are forgotten.
 */
export function useArchiveSearch(filters: ArchiveFilterInput, sort: ArchiveSort, pageSize = PAGE_SIZE): ArchiveResults {
  const key = JSON.stringify([filters, sort, pageSize])
  const subscribe = useMemo(() => windowSubscriber(key), [key])
  const getSnapshot = useMemo(() => () => windowOf(key), [key])
  const stored = useSyncExternalStore(subscribe, getSnapshot)
  const held = heldPages(stored)
  const answers = useQueries({ queries: held.map((index) => pageQuery(filters, sort, pageSize, index, stored.starts[index] ?? null)) })

  const answered: Answered = []
  held.forEach((index, n) => {
    const page = answers[n]?.data
    if (page) answered.push([index, stored.starts[index] ?? null, page])
  })
  const record = recordAnswers(answered)
  const layout = record(stored)
  // What the pages answered is shown at once and kept in the shared window after the render.
  useEffect(() => {
    if (!sameWindow(layout, stored)) updateWindow(key, record)
  })
  const pages = new Map(answered.filter(([index]) => index < layout.starts.length).map(([index, , page]) => [index, page]))
  const error = answers.find((a) => a.isError && !a.data)?.error ?? null

  // While a new search's first page is on its way, the previous results stay (as keepPreviousData did).
  const own: Shown = { key, window: layout, pages }
  const answeredNow = !isUnanswered(layout) || error !== null
  const previous = useRef(own)
  useEffect(() => {
    if (answeredNow) previous.current = own
  })
  const placeholder = !answeredNow && previous.current.key !== key && !isUnanswered(previous.current.window)
  const shown = placeholder ? previous.current : own
  const w = shown.window
  const loadedPages = [...shown.pages.entries()].sort((a, b) => a[0] - b[0]).map(([, page]) => page)

  return {
    key,
    isPending: isUnanswered(w) && error === null,
    isError: error !== null,
    error,
    refetch: refetchFailed(answers),
    count: reachedCount(w, pageSize),
    total: w.total,
    totalCapped: w.totalCapped,
    itemAt: cardAt(shown.pages, pageSize),
    loaded: loadedPages.flatMap((p) => p.items),
    hasNextPage: !placeholder && hasMore(w),
    isFetchingNextPage: !placeholder && isReaching(w),
    fetchNextPage: reachNextOf(key),
    showItems: showItemsOf(key, pageSize)
  }
}

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
