import { MantineProvider } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Router } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { theme } from './theme'
import { Root } from './Root'

const queryClient = new QueryClient({
  defaultOptions: {
    // Main is local: data is fresh until a mutation invalidates it, and failures are not transient.
    queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false }
  }
})

export function App() {
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'es', firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <Router hook={useHashLocation}>
            <Root />
          </Router>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  )
}
