import { create } from 'zustand'
import type { PieceState, PieceType } from '../../../../shared/domain/pieces'

export interface PiecesFilters {
  search: string
  state: PieceState | null
  type: PieceType | null
  mine: boolean
  overdue: boolean
}

export const NO_FILTERS: PiecesFilters = { search: '', state: null, type: null, mine: false, overdue: false }

interface PiecesViewState {
  filters: PiecesFilters
  view: 'table' | 'board'
  showCancelled: boolean
  setFilters(filters: PiecesFilters): void
  setView(view: 'table' | 'board'): void
  setShowCancelled(show: boolean): void
  /** Opens the list on one state or on the overdue pieces, e.g. from Inicio. */
  focus(filters: Partial<PiecesFilters>): void
}

/** UI state kept while the app is open, so coming back from a piece finds the list as it was left. */
export const usePiecesView = create<PiecesViewState>((set) => ({
  filters: NO_FILTERS,
  view: 'table',
  showCancelled: false,
  setFilters: (filters) => set({ filters }),
  setView: (view) => set({ view }),
  setShowCancelled: (showCancelled) => set({ showCancelled }),
  focus: (filters) => set({ filters: { ...NO_FILTERS, ...filters }, view: 'table' })
}))
