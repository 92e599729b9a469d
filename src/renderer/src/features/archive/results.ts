import type { AssetCard } from '../../../../shared/contract'

/** What the grid and the list need from the windowed search (see useArchiveSearch). */
export interface ResultsProps {
  /** Assets reached so far: one cell or row each. */
  count: number
  /** The card at a position, or undefined while its page is not held (a skeleton of the same size stands in). */
  itemAt: (index: number) => AssetCard | undefined
  /** Tells the search which positions have rows on screen. */
  showItems: (firstIndex: number, lastIndex: number) => void
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => void
  selectedIds: ReadonlySet<number>
  /** Picking several (link to a piece) instead of opening one. */
  picking: boolean
  onSelect: (asset: AssetCard) => void
  /** Height of the scrolling area, a CSS length. */
  height: string
}

/** Asks for the next page when the person scrolls within a few rows of the end of what is reached. */
export function loadMoreNear(lastVisibleRow: number | undefined, rowCount: number, p: ResultsProps): void {
  if (lastVisibleRow !== undefined && lastVisibleRow >= rowCount - 3 && p.hasNextPage && !p.isFetchingNextPage) p.fetchNextPage()
}
