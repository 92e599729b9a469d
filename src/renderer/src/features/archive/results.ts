import type { AssetCard } from '../../../../shared/contract'

/** What the grid and the list need from the search: the loaded cards and a way to load more. */
export interface ResultsProps {
  items: AssetCard[]
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

/** Asks for the next page when the person scrolls within a few rows of the end of what is loaded. */
export function loadMoreNear(lastVisibleRow: number | undefined, rowCount: number, p: ResultsProps): void {
  if (lastVisibleRow !== undefined && lastVisibleRow >= rowCount - 3 && p.hasNextPage && !p.isFetchingNextPage) p.fetchNextPage()
}
