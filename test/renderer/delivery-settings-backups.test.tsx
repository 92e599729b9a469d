import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SettingsPage } from '../../src/renderer/src/pages/SettingsPage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { connectApi, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office

beforeEach(async () => {
  t = await makeOffice()
})

afterEach(async () => {
  await t.dispose()
})

test('el jefe hace una copia, y restaurarla exige escribir RESTAURAR y lo lleva a ingresar de nuevo', async () => {
  const user = userEvent.setup({ delay: null })
  connectApi(t, 'jefe')
  useSession.setState({ status: await t.call('jefe', 'app', 'status') })
  renderApp(<SettingsPage />, '/configuracion')
  await user.click(await screen.findByRole('tab', { name: 'Copias de seguridad' }))
  expect(await screen.findByText('Aún no hay copias')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Hacer copia ahora' }))
  const restoreButton = await screen.findByRole('button', { name: /^Restaurar la copia del / })
  const [backup] = (await t.call('jefe', 'backups', 'status')).items
  expect(within(restoreButton.closest('tr')!).getByText(backup!.fileName)).toBeTruthy()

  // Something written after the copy, which the restore takes back.
  await t.call('jefe', 'catalogues', 'create', { kind: 'canal', name: 'Perifoneo' })
  await user.click(restoreButton)
  const dialog = await screen.findByRole('dialog', { name: 'Restaurar una copia de seguridad' })
  const confirm = within(dialog).getByRole('button', { name: /^Restaurar la copia del / })
  expect((confirm as HTMLButtonElement).disabled).toBe(true)
  await user.type(within(dialog).getByLabelText('Para confirmar, escriba RESTAURAR'), 'restaurar')
  await user.click(confirm)

  await waitFor(() => expect(useSession.getState().status?.session).toBeNull())
  expect(await screen.findByText(/^Se restauró la copia del /)).toBeTruthy()
  expect((await t.call('jefe', 'app', 'status')).session).toBeNull()
  t.core.sessions.signIn('jefe', t.users.jefe)
  expect((await t.call('jefe', 'catalogues', 'list', { kind: 'canal' })).map((c) => c.name)).not.toContain('Perifoneo')
})

test('un profesional no ve la pestaña de copias de seguridad', async () => {
  connectApi(t, 'profesional')
  useSession.setState({ status: await t.call('profesional', 'app', 'status') })
  renderApp(<SettingsPage />, '/configuracion')
  await screen.findByRole('tab', { name: 'Destinos' })
  expect(screen.queryByRole('tab', { name: 'Copias de seguridad' })).toBeNull()
})
