import { resolve } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SocialStatsPage } from '../../src/renderer/src/pages/SocialStatsPage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { connectApi, pick, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
const fixture = (name: string) => resolve(__dirname, '../fixtures/social', name)

beforeEach(async () => {
  t = await makeOffice()
  // The fixtures hold September and October 2026: main must see them as past.
  t.clock.set('2026-11-20T15:00:00Z')
})

afterEach(async () => {
  await t.dispose()
})

/** Opens the wizard, chooses the network and "chooses" `file` in main's file dialog. */
async function readFile(network: string, file: string | null) {
  connectApi(t, 'community_manager')
  useSession.setState({ status: await t.call('community_manager', 'app', 'status') })
  renderApp(<SocialStatsPage />, '/redes')
  const user = userEvent.setup({ delay: null })
  await user.click(await screen.findByRole('button', { name: 'Importar CSV' }))
  const dialog = await screen.findByRole('dialog', { name: 'Importar estadísticas desde un CSV' })
  await pick(user, within(dialog).getByRole('combobox', { name: /^Red social/ }), network)
  t.host.nextPicked = file ? [fixture(file)] : []
  await user.click(within(dialog).getByRole('button', { name: 'Elegir archivo CSV…' }))
  return { user, dialog }
}

test('un CSV de TikTok en Latin-1: se ve la plataforma, la codificación, las columnas y los totales; con una columna más, se importa', async () => {
  const { user, dialog } = await readFile('TikTok', 'tiktok-excel-latin1.csv')

  await within(dialog).findByText('Latin-1 (ISO-8859-1)')
  expect(within(dialog).getByText('TikTok')).toBeTruthy()
  expect((within(dialog).getByRole('combobox', { name: 'Uso de la columna «Seguidores»' }) as HTMLInputElement).value).toBe('Seguidores')
  expect((within(dialog).getByRole('combobox', { name: 'Uso de la columna «Me gusta»' }) as HTMLInputElement).value).toBe('No usar')
  const totals = within(dialog).getByRole('table', { name: 'Totales mensuales a importar' })
  const september = within(totals).getByText('Septiembre de 2026').closest('tr')!
  expect(within(september).getByText('4.714')).toBeTruthy()
  expect(within(within(totals).getByText('Octubre de 2026').closest('tr')!).getByText('4.535')).toBeTruthy()

  await pick(user, within(dialog).getByRole('combobox', { name: 'Uso de la columna «Me gusta»' }), 'Interacciones')
  expect(within(dialog).getByText(/Cambió la correspondencia de columnas/)).toBeTruthy()
  await user.click(within(dialog).getByRole('button', { name: 'Importar' }))

  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Importar estadísticas desde un CSV' })).toBeNull())
  const rows = (await t.call('jefe', 'social', 'list', { year: 2026 })).filter((r) => r.network === 'tiktok')
  expect(rows.map((r) => [r.month, r.source, r.values.videoViews, r.values.interactions])).toEqual([
    ['2026-09', 'importado', 4714, 310 + 655 + 201],
    ['2026-10', 'importado', 4535, 902 + 260]
  ])
  // The grid moves to what was imported: TikTok, 2026.
  expect(screen.getByRole('tab', { name: 'TikTok' }).getAttribute('aria-selected')).toBe('true')
  await waitFor(() => expect((screen.getByLabelText('Reproducciones de video de TikTok en septiembre de 2026') as HTMLInputElement).value).toBe('4.714'))
})

test('las líneas que no encajan se listan con su número y motivo, y se importa el resto', async () => {
  const { user, dialog } = await readFile('Facebook', 'meta-publicaciones-errores.csv')

  const alert = await within(dialog).findByText(/líneas? no se importará/)
  const list = alert.closest('[role="alert"], .mantine-Alert-root')!
  expect(list.textContent).toContain('Línea 5:')
  expect(list.textContent).toContain('«1.2k» está abreviado')
  expect(list.textContent).toContain('«12,5» tiene decimales')
  expect(list.textContent).toContain('«-40» es negativo')
  expect(within(dialog).getByText('Meta Business Suite (Facebook / Instagram)')).toBeTruthy()

  await user.click(within(dialog).getByRole('button', { name: 'Importar' }))
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Importar estadísticas desde un CSV' })).toBeNull())
  const rows = (await t.call('jefe', 'social', 'list', { year: 2026 })).filter((r) => r.network === 'facebook')
  expect(rows.length).toBeGreaterThan(0)
  expect(rows.every((r) => r.source === 'importado')).toBe(true)
})

test('un archivo vacío da un mensaje claro y no escribe nada; cerrar el selector no cambia nada', async () => {
  const { user, dialog } = await readFile('X', 'vacio.csv')
  expect(await screen.findByText(/El archivo «vacio.csv» está vacío/)).toBeTruthy()
  expect(within(dialog).getByRole('button', { name: 'Elegir archivo CSV…' })).toBeTruthy()

  t.host.nextPicked = []
  await user.click(within(dialog).getByRole('button', { name: 'Elegir archivo CSV…' }))
  await waitFor(() => expect((within(dialog).getByRole('button', { name: 'Elegir archivo CSV…' }) as HTMLButtonElement).disabled).toBe(false))
  expect(within(dialog).queryByText('Columnas del archivo')).toBeNull()
  expect(await t.call('jefe', 'social', 'list', { year: 2026 })).toEqual([])
})
