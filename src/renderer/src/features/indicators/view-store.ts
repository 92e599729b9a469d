import { create } from 'zustand'

interface IndicatorsView {
  /** The sheet open on the Indicadores screen; null shows the list. */
  sheetId: number | null
  open(sheetId: number | null): void
}

/** Lets Inicio open a sheet directly: the Indicadores screen has a single route. */
export const useIndicatorsView = create<IndicatorsView>((set) => ({
  sheetId: null,
  open: (sheetId) => set({ sheetId })
}))
