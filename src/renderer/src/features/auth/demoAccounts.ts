import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { DemoAccounts } from '../../../../shared/contract'

interface DemoAccountsState {
  demo: DemoAccounts | null
  setDemo(demo: DemoAccounts): void
}

/**
 * The example accounts main returned from "Cargar datos de ejemplo", so the login can offer them.
 * Kept for the window's session only (sessionStorage): they survive a reload or a logout, not a restart.
 */
export const useDemoAccounts = create<DemoAccountsState>()(
  persist(
    (set) => ({
      demo: null,
      setDemo: (demo) => set({ demo })
    }),
    { name: 'pauta-demo-accounts', storage: createJSONStorage(() => sessionStorage) }
  )
)
