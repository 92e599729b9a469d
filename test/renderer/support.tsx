import type { ReactElement } from 'react'
import { MantineProvider } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, waitFor, within } from '@testing-library/react'
import type userEvent from '@testing-library/user-event'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { methodList, type RawApi } from '../../src/shared/contract'
import type { TestCore } from '../support/core'

/**
 * Gives the page a `window.api` backed by the real main-process dispatcher and a real SQLite
 * file, as the preload does in Electron: component tests exercise the true services.
 */
export function connectApi(t: TestCore, clientId: string): void {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const { domain, name } of methodList()) {
    // Round-trip through JSON like IPC's structured clone, so nothing non-serialisable slips by.
    ;(api[domain] ??= {})[name] = async (input?: unknown) =>
      JSON.parse(JSON.stringify(await t.dispatch(clientId, domain, name, input === undefined ? undefined : JSON.parse(JSON.stringify(input)))))
  }
  window.api = api as unknown as RawApi
}

export function renderApp(ui: ReactElement, path = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  const location = memoryLocation({ path, record: true })
  const result = render(
    <MantineProvider>
      <DatesProvider settings={{ locale: 'es' }}>
        <Notifications />
        <QueryClientProvider client={queryClient}>
          <Router hook={location.hook}>{ui}</Router>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  )
  return { ...result, location, queryClient }
}

/**
 * Opens a Mantine select and clicks one of its options. The options are looked up in the listbox the
 * combobox controls (other selects keep theirs in the DOM), and with `hidden` because Mantine's
 * dropdown never finishes its opening transition in jsdom.
 */
export async function pick(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement, name: string | RegExp): Promise<void> {
  await user.click(combobox)
  const listbox = await waitFor(() => document.getElementById(combobox.getAttribute('aria-controls') ?? '')!)
  await user.click(await within(listbox).findByRole('option', { name, hidden: true }))
}

/** The messages a field announces through aria-describedby (its error, among others). */
export function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}
