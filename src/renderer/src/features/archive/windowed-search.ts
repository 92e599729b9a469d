/**
 * The archive's results as a window over keyset pages. Every page reached keeps only the cursor it
 * starts at (a short string); the cards of a page are held only while the page is near the rows on
 * screen, so scrolling through 100 000 assets holds as many cards as scrolling through 500.
 *
 * Keyset pages are full except the last (main answers `limit` cards whenever it gives a next
 * cursor), so asset n is always card n % pageSize of page ⌊n / pageSize⌋.
 */

/** What the window needs from one answer of `archive.search`. */
export interface PageAnswer {
  items: readonly unknown[]
  nextCursor: string | null
  total: number
  totalCapped: boolean
}

export interface SearchWindow {
  /** The cursor each page reached starts at; page 0 starts at null. */
  starts: readonly (string | null)[]
  /** Cards of the last page reached; null until it has been fetched. */
  lastLength: number | null
  /** The cursor after the last page reached (null: the search ends there). */
  next: string | null
  total: number
  totalCapped: boolean
  /** The pages the rows on screen belong to. */
  firstShown: number
  lastShown: number
}

export const NEW_WINDOW: SearchWindow = { starts: [null], lastLength: null, next: null, total: 0, totalCapped: false, firstShown: 0, lastShown: 0 }

/** Pages kept on each side of those on screen, so a short scroll back shows cards at once. */
export const PAGE_MARGIN = 1

/** Assets reached so far: rows for all of them, cards for those of the held pages. */
export const reachedCount = (w: SearchWindow, pageSize: number): number => (w.starts.length - 1) * pageSize + (w.lastLength ?? 0)

/** Whether page 0 has never answered: nothing to show yet, not even an empty result. */
export const isUnanswered = (w: SearchWindow): boolean => w.starts.length === 1 && w.lastLength === null

export const hasMore = (w: SearchWindow): boolean => w.lastLength !== null && w.next !== null

/** The last page reached is still on its way. */
export const isReaching = (w: SearchWindow): boolean => w.starts.length > 1 && w.lastLength === null

/**
 * Takes in what page `index`, fetched from `cursor`, answered. A refetched page (after an edit) may
 * move the cursor of the page after it, or end the search earlier; the pages past an end are forgotten.
 */
export function recordPage(w: SearchWindow, index: number, cursor: string | null, page: PageAnswer): SearchWindow {
  if (index >= w.starts.length || w.starts[index] !== cursor) return w
  const isLast = index === w.starts.length - 1
  let next: SearchWindow = w
  if (page.nextCursor === null) {
    if (!isLast || w.lastLength !== page.items.length || w.next !== null) {
      next = { ...w, starts: w.starts.slice(0, index + 1), lastLength: page.items.length, next: null }
    }
  } else if (isLast) {
    if (w.lastLength !== page.items.length || w.next !== page.nextCursor) next = { ...w, lastLength: page.items.length, next: page.nextCursor }
  } else if (w.starts[index + 1] !== page.nextCursor) {
    const starts = [...w.starts]
    starts[index + 1] = page.nextCursor
    next = { ...w, starts }
  }
  if (next.total !== page.total || next.totalCapped !== page.totalCapped) next = { ...next, total: page.total, totalCapped: page.totalCapped }
  return next
}

/** Reaches the page after the last one (what "load more" does); its cards come when it is fetched. */
export function reachNext(w: SearchWindow): SearchWindow {
  if (!hasMore(w)) return w
  return { ...w, starts: [...w.starts, w.next], lastLength: null, next: null }
}

/** Notes which assets (first and last index) have rows on screen; unchanged while they stay in the same pages. */
export function showItems(w: SearchWindow, firstItem: number, lastItem: number, pageSize: number): SearchWindow {
  const lastPage = w.starts.length - 1
  const firstShown = Math.min(lastPage, Math.max(0, Math.floor(firstItem / pageSize)))
  const lastShown = Math.min(lastPage, Math.max(firstShown, Math.floor(lastItem / pageSize)))
  return firstShown === w.firstShown && lastShown === w.lastShown ? w : { ...w, firstShown, lastShown }
}

/**
 * The pages whose cards are held: those on screen and PAGE_MARGIN on each side, and the last page
 * while it is being reached (otherwise scrolling away would leave "load more" waiting forever).
 */
export function heldPages(w: SearchWindow): number[] {
  const lastPage = w.starts.length - 1
  const from = Math.max(0, Math.min(w.firstShown, lastPage) - PAGE_MARGIN)
  const to = Math.min(lastPage, Math.max(w.lastShown, 0) + PAGE_MARGIN)
  const pages: number[] = []
  for (let i = from; i <= to; i++) pages.push(i)
  if (w.lastLength === null && to < lastPage) pages.push(lastPage)
  return pages
}

/** Whether two windows say the same (pages that answered different totals after an edit rebuild equal windows). */
export function sameWindow(a: SearchWindow, b: SearchWindow): boolean {
  if (a === b) return true
  const scalars: (keyof SearchWindow)[] = ['lastLength', 'next', 'total', 'totalCapped', 'firstShown', 'lastShown']
  return scalars.every((k) => a[k] === b[k]) && a.starts.length === b.starts.length && a.starts.every((c, i) => c === b.starts[i])
}

type Entry = { window: SearchWindow; listeners: Set<() => void> }

/**
 * The windows of the searches on screen, by search. The grid and whoever counts or selects its
 * results (ArchiveSearch) read the same window; a search nobody shows is forgotten, so showing it
 * again starts from the top.
 */
const windows = new Map<string, Entry>()

export const windowOf = (key: string): SearchWindow => windows.get(key)?.window ?? NEW_WINDOW

export function subscribeWindow(key: string, listener: () => void): () => void {
  let entry = windows.get(key)
  if (!entry) {
    entry = { window: NEW_WINDOW, listeners: new Set() }
    windows.set(key, entry)
  }
  entry.listeners.add(listener)
  return () => {
    const current = windows.get(key)
    if (!current) return
    current.listeners.delete(listener)
    if (current.listeners.size === 0) windows.delete(key)
  }
}

/** Changes a shown search's window; a search nobody shows has none to change. */
export function updateWindow(key: string, change: (w: SearchWindow) => SearchWindow): void {
  const entry = windows.get(key)
  if (!entry) return
  const next = change(entry.window)
  if (sameWindow(next, entry.window)) return
  entry.window = next
  for (const listener of [...entry.listeners]) listener()
}
