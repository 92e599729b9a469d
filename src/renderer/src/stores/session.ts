import { create } from 'zustand'
import type { AppStatus, SessionUser } from '../../../shared/contract'

interface SessionState {
  status: AppStatus | null
  setStatus(status: AppStatus): void
  setUser(user: SessionUser | null): void
}

/** UI state: who is signed in, as main last said. Backend data lives in react-query. */
export const useSession = create<SessionState>((set) => ({
  status: null,
  setStatus: (status) => set({ status }),
  setUser: (user) => set((s) => (s.status ? { status: { ...s.status, initialized: true, session: user } } : s))
}))

export const useCurrentUser = (): SessionUser | null => useSession((s) => s.status?.session ?? null)
