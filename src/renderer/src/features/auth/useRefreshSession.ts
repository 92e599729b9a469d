import { useCallback } from 'react'
import { api } from '../../lib/api'
import { useSession } from '../../stores/session'

/** Asks main who is signed in now (after setup, login or demo load) and updates the session store. */
export function useRefreshSession(): () => Promise<void> {
  const setStatus = useSession((s) => s.setStatus)
  return useCallback(async () => {
    setStatus(await api.app.status())
  }, [setStatus])
}
