import { useCallback, useState } from 'react'
import type { AssetCard } from '../../../../../shared/contract'
import type { ArchiveFilterInput } from '../queries'
import type { ResultsProps } from '../results'

/** How the person clicked a result: Shift extends a range, Ctrl (Cmd on macOS) toggles one. */
export interface SelectGesture {
  range: boolean
  toggle: boolean
}

/** A click on a result; LinkAssetsModal ignores the gesture, the Material tab uses it to select. */
export type SelectHandler = (asset: AssetCard, gesture?: SelectGesture) => void

export const gestureOf = (e: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): SelectGesture => ({
  range: e.shiftKey,
  toggle: e.ctrlKey || e.metaKey
})

/**
 * The batch: assets picked one by one (in the order of the results, for Shift ranges), or every
 * asset the search finds, kept as the filters of the moment it was chosen.
 */
export type AssetSelection =
  | { kind: 'ids'; ids: ReadonlySet<number>; anchor: number | null }
  | { kind: 'search'; filters: ArchiveFilterInput; total: number }

export const NOTHING_SELECTED: AssetSelection = { kind: 'ids', ids: new Set(), anchor: null }

export const selectedCount = (s: AssetSelection): number => (s.kind === 'ids' ? s.ids.size : s.total)

/** What the batch and export calls take: the contract's `assetIds` or `filters`. */
export const selectionInput = (s: AssetSelection): { assetIds: number[] } | { filters: ArchiveFilterInput } =>
  s.kind === 'ids' ? { assetIds: [...s.ids] } : { filters: s.filters }

export function toggleOne(s: AssetSelection, id: number): AssetSelection {
  const ids = new Set(s.kind === 'ids' ? s.ids : [])
  if (ids.has(id)) ids.delete(id)
  else ids.add(id)
  return { kind: 'ids', ids, anchor: id }
}

/**
 * Adds every result between the last clicked one and this one (both included), as file managers do.
 * `items` are the cards the windowed results hold, in order: pages scrolled far away are not held, so
 * a range across them covers the held cards between the two. When the last clicked card is itself no
 * longer held (more than a page away from the screen), the click picks this one and anchors here.
 */
export function extendRange(s: AssetSelection, items: readonly AssetCard[], id: number): AssetSelection {
  const anchor = s.kind === 'ids' ? s.anchor : null
  const from = anchor === null ? -1 : items.findIndex((a) => a.id === anchor)
  const to = items.findIndex((a) => a.id === id)
  if (from === -1 || to === -1) return toggleOne(s, id)
  const ids = new Set(s.kind === 'ids' ? s.ids : [])
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) ids.add(items[i]!.id)
  return { kind: 'ids', ids, anchor: id }
}

/** The selection of the Material tab, and whether clicks pick (selection mode) or open the detail. */
export function useAssetSelection() {
  const [selection, setSelection] = useState<AssetSelection>(NOTHING_SELECTED)
  const [selecting, setSelecting] = useState(false)
  // A selection by search belongs to the search it was made on: a new search forgets it.
  const forgetSearch = useCallback(() => setSelection((s) => (s.kind === 'search' ? NOTHING_SELECTED : s)), [])
  return {
    selection,
    selecting,
    count: selectedCount(selection),
    /** Returns true when the click picked (so the detail must not open). */
    click(asset: AssetCard, gesture: SelectGesture, items: readonly AssetCard[]): boolean {
      if (!selecting && !gesture.range && !gesture.toggle) return false
      setSelecting(true)
      setSelection((s) => (gesture.range ? extendRange(s, items, asset.id) : toggleOne(s, asset.id)))
      return true
    },
    selectSearch(filters: ArchiveFilterInput, total: number) {
      setSelecting(true)
      setSelection({ kind: 'search', filters, total })
    },
    startSelecting: () => setSelecting(true),
    forgetSearch,
    clear() {
      setSelection(NOTHING_SELECTED)
      setSelecting(false)
    }
  }
}

export type AssetSelectionState = ReturnType<typeof useAssetSelection>

/** The grid's and the list's props, with clicks that carry their gesture. */
export type ResultsWithGestures = Omit<ResultsProps, 'onSelect'> & { onSelect: SelectHandler }
