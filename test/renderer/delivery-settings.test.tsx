import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SettingsPage } from '../../src/renderer/src/pages/SettingsPage'
import { useSession } from '../../src/renderer/src/stores/session'
import { formatDate } from '../../src/shared/dates'
import { makeOffice } from '../support/core'
import { connectApi, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
let share: string

beforeEach(async () => {
  t = await makeOffice()
  share = mkdtempSync(join(tmpdir(), 'pauta-planeacion-'))
})

afterEach(async () => {
  await t.dispose()
  rmSync(share, { recursive: true, force: true })
})

async function openDestinations(clientId: string) {
  connectApi(t, clientId)
  useSession.setState({ status: await t.call(clientId, 'app', 'status') })
  renderApp(<SettingsPage />, '/configuracion')
  await userEvent.setup({ delay: null }).click(await screen.findByRole('tab', { name: 'Destinos' }))
}

function rowOf(name: string): HTMLElement {
  return screen.getAllByRole('row').find((r) => within(r).queryByText(name))!
}

test('el jefe crea un destino eligiendo la carpeta, lo prueba, y uno con una ruta que no existe dice por qué no sirve', async () => {
  const user = userEvent.setup({ delay: null })
  await openDestinations('jefe')
  expect(await screen.findByText('Aún no hay destinos')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Nuevo destino' }))
  let dialog = await screen.findByRole('dialog', { name: 'Nuevo destino' })
  await user.type(within(dialog).getByLabelText(/^Nombre del destino/), 'Planeación – informes')
  t.host.nextFolder = share
  await user.click(within(dialog).getByRole('button', { name: 'Elegir carpeta…' }))
  await waitFor(() => expect((within(dialog).getByLabelText(/^Carpeta/) as HTMLInputElement).value).toBe(share))
  await user.type(within(dialog).getByLabelText('Nota'), 'La revisa Planeación cada lunes')
  await user.click(within(dialog).getByRole('button', { name: 'Crear destino' }))

  await screen.findAllByText('Planeación – informes')
  expect(await t.call('jefe', 'delivery', 'destinations')).toMatchObject([
    { name: 'Planeación – informes', path: share, note: 'La revisa Planeación cada lunes', active: true }
  ])
  await user.click(within(rowOf('Planeación – informes')).getByRole('button', { name: 'Probar «Planeación – informes»' }))
  expect(await within(rowOf('Planeación – informes')).findByText('La carpeta está disponible y Pauta puede escribir en ella.')).toBeTruthy()

  const missing = join(share, 'no-existe', 'informes')
  await user.click(screen.getByRole('button', { name: 'Nuevo destino' }))
  dialog = await screen.findByRole('dialog', { name: 'Nuevo destino' })
  await user.type(within(dialog).getByLabelText(/^Nombre del destino/), 'Memoria USB')
  await user.type(within(dialog).getByLabelText(/^Carpeta/), missing)
  await user.click(within(dialog).getByRole('button', { name: 'Crear destino' }))
  await screen.findAllByText('Memoria USB')
  await user.click(within(rowOf('Memoria USB')).getByRole('button', { name: 'Probar «Memoria USB»' }))
  const status = await within(rowOf('Memoria USB')).findByRole('status')
  expect(status.textContent).toContain(`No se puede llegar a la carpeta ${missing}`)
})

test('el jefe programa el informe mensual hacia un destino y lo desprograma', async () => {
  const user = userEvent.setup({ delay: null })
  const destination = await t.call('jefe', 'delivery', 'createDestination', { name: 'Planeación', path: share, note: '', active: true })
  await openDestinations('jefe')

  const toggle = await screen.findByRole('switch', { name: 'Enviar el informe mensual a «Planeación»' })
  await user.click(toggle)
  await waitFor(async () => expect(await t.call('jefe', 'delivery', 'schedules')).toMatchObject([{ destinationId: destination.id, active: true }]))
  const [schedule] = await t.call('jefe', 'delivery', 'schedules')
  expect(await screen.findByText(formatDate(schedule!.nextRunOn))).toBeTruthy()
  expect((toggle as HTMLInputElement).checked).toBe(true)

  await user.click(toggle)
  await waitFor(async () => expect(await t.call('jefe', 'delivery', 'schedules')).toMatchObject([{ id: schedule!.id, active: false }]))
  await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(false))
})

test('un profesional ve los destinos pero no los crea, edita ni prueba', async () => {
  await t.call('jefe', 'delivery', 'createDestination', { name: 'Planeación', path: share, note: '', active: true })
  await openDestinations('profesional')
  await screen.findAllByText('Planeación')
  expect(screen.queryByRole('button', { name: 'Nuevo destino' })).toBeNull()
  expect(screen.queryByRole('button', { name: /^Probar/ })).toBeNull()
  expect(screen.queryByRole('button', { name: /^Editar/ })).toBeNull()
  expect(screen.getByText(/Solo el jefe de la oficina o un administrador configuran los destinos/)).toBeTruthy()
  expect(screen.queryByRole('tab', { name: 'Copias de seguridad' })).toBeNull()
})
