import { useEffect } from 'react'
import { Center, Loader } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { api, onSessionLost } from './lib/api'
import { useSession } from './stores/session'
import { FirstRunPage } from './pages/FirstRunPage'
import { LoginPage } from './pages/LoginPage'
import { AppLayout } from './layout/AppLayout'
import { AppRoutes } from './AppRoutes'

/** Chooses between first run, login and the app from what main says about the session. */
export function Root() {
  const status = useSession((s) => s.status)
  const setStatus = useSession((s) => s.setStatus)
  const queryClient = useQueryClient()

  useEffect(() => {
    void api.app.status().then(setStatus)
    return onSessionLost(() => {
      queryClient.clear()
      void api.app.status().then(setStatus)
    })
  }, [setStatus, queryClient])

  if (!status) {
    return (
      <Center h="100%">
        <Loader aria-label="Cargando Pauta" />
      </Center>
    )
  }
  if (!status.initialized) return <FirstRunPage />
  if (!status.session) return <LoginPage />
  return (
    <AppLayout>
      <AppRoutes />
    </AppLayout>
  )
}
