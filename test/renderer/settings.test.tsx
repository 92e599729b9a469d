import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SettingsPage } from '../../src/renderer/src/pages/SettingsPage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice, TEST_PASSWORD, type TestCore } from '../support/core'
import { connectApi, errorOf, pick, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office


beforeEach(async () => {
  t = await makeOffice()
})

afterEach(async () => {
  await t.dispose()
})

async function openAs(core: TestCore, clientId: string) {
  connectApi(core, clientId)
  useSession.setState({ status: await core.call(clientId, 'app', 'status') })
  return renderApp(<SettingsPage />, '/configuracion')
}

test('el jefe crea una cuenta desde «Usuarios», y un usuario repetido se marca en el campo', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'jefe')
  await user.click(await screen.findByRole('tab', { name: 'Usuarios' }))
  await screen.findByText('Andrés Rojas')

  await user.click(screen.getByRole('button', { name: 'Nuevo usuario' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nuevo usuario' })
  await user.type(within(dialog).getByLabelText(/^Usuario/), 'nvargas')
  await user.type(within(dialog).getByLabelText(/^Nombre completo/), 'Natalia Vargas')
  await pick(user, within(dialog).getByRole('combobox', { name: /^Rol/ }), 'Community manager')
  await user.type(within(dialog).getByLabelText(/^Contraseña inicial/), TEST_PASSWORD)
  await user.click(within(dialog).getByRole('button', { name: 'Crear usuario' }))

  expect(await screen.findByText('Natalia Vargas')).toBeTruthy()
  const created = (await t.call('jefe', 'users', 'list')).find((u) => u.username === 'nvargas')
  expect(created).toMatchObject({ fullName: 'Natalia Vargas', role: 'community_manager', active: true })

  await user.click(screen.getByRole('button', { name: 'Nuevo usuario' }))
  const again = await screen.findByRole('dialog', { name: 'Nuevo usuario' })
  await user.type(within(again).getByLabelText(/^Usuario/), 'NVargas')
  await user.type(within(again).getByLabelText(/^Nombre completo/), 'Otra Persona')
  await pick(user, within(again).getByRole('combobox', { name: /^Rol/ }), 'Archivista')
  await user.type(within(again).getByLabelText(/^Contraseña inicial/), TEST_PASSWORD)
  await user.click(within(again).getByRole('button', { name: 'Crear usuario' }))

  await waitFor(() => expect(errorOf(within(again).getByLabelText(/^Usuario/))).toContain('Ese usuario ya existe.'))
  expect((await t.call('jefe', 'users', 'list')).filter((u) => u.username === 'nvargas')).toHaveLength(1)
})

test('una delegación que termina antes de empezar la rechaza main y el mensaje queda junto a «Hasta»', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'jefe')
  await user.click(await screen.findByRole('tab', { name: 'Delegaciones' }))
  expect(await screen.findByText('No ha delegado la aprobación')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Delegar aprobación' }))
  const dialog = await screen.findByRole('dialog', { name: 'Delegar la aprobación' })
  await pick(user, within(dialog).getByRole('combobox', { name: /^Persona delegada/ }), /^Andrés Rojas/)
  const from = within(dialog).getByLabelText(/^Desde/)
  await user.clear(from)
  await user.type(from, '20/03/2026')
  await user.type(within(dialog).getByLabelText(/^Hasta/), '10/03/2026')
  await user.click(within(dialog).getByLabelText(/^Nota/))
  await user.click(within(dialog).getByRole('button', { name: 'Delegar aprobación' }))

  await waitFor(() =>
    expect(errorOf(within(dialog).getByLabelText(/^Hasta/))).toContain('La fecha final no puede ser anterior a la fecha inicial.')
  )
  expect(await t.call('jefe', 'delegations', 'list')).toEqual([])

  const to = within(dialog).getByLabelText(/^Hasta/)
  await user.clear(to)
  await user.type(to, '27/03/2026')
  await user.type(within(dialog).getByLabelText(/^Nota/), 'Vacaciones')
  await user.click(within(dialog).getByRole('button', { name: 'Delegar aprobación' }))

  const row = (await screen.findByText('Vacaciones')).closest('tr')!
  expect(within(row).getByText('20/03/2026')).toBeTruthy()
  expect(within(row).getByText('27/03/2026')).toBeTruthy()
  expect(await t.call('jefe', 'delegations', 'list')).toMatchObject([{ delegateId: t.users.profesional, startsOn: '2026-03-20', endsOn: '2026-03-27', note: 'Vacaciones' }])
})

test('los catálogos: el jefe agrega un canal y desactiva otro', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'jefe')
  await user.click(await screen.findByRole('tab', { name: 'Catálogos' }))
  await screen.findByText('TikTok')

  await user.type(screen.getByLabelText('Nuevo canal'), 'Emisora comunitaria{Enter}')
  expect(await screen.findByText('Emisora comunitaria')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Desactivar «TikTok»' }))
  expect(await screen.findByRole('button', { name: 'Activar «TikTok»' })).toBeTruthy()

  const channels = await t.call('jefe', 'catalogues', 'list', { kind: 'canal' })
  expect(channels.find((c) => c.name === 'Emisora comunitaria')?.active).toBe(true)
  expect(channels.find((c) => c.name === 'TikTok')?.active).toBe(false)
})

test('un profesional ve el equipo y los catálogos sin controles de escritura, y cambia su propia contraseña', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'profesional')
  expect(screen.queryByRole('tab', { name: 'Delegaciones' })).toBeNull()
  expect((await screen.findByLabelText(/^Nombre de la entidad/)).getAttribute('readonly')).not.toBeNull()

  await user.click(screen.getByRole('tab', { name: 'Usuarios' }))
  expect(await screen.findByText('Laura Gómez')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Nuevo usuario' })).toBeNull()

  await user.click(screen.getByRole('tab', { name: 'Catálogos' }))
  await screen.findByText('TikTok')
  expect(screen.queryByLabelText('Nuevo canal')).toBeNull()

  await user.click(screen.getByRole('tab', { name: 'Mi cuenta' }))
  await user.type(screen.getByLabelText(/^Contraseña actual/), 'no-es-la-mia')
  await user.type(screen.getByLabelText(/^Nueva contraseña/), 'otra-clave-segura')
  await user.type(screen.getByLabelText(/^Confirmar nueva contraseña/), 'otra-clave-segura')
  await user.click(screen.getByRole('button', { name: 'Cambiar contraseña' }))
  await waitFor(() => expect(errorOf(screen.getByLabelText(/^Contraseña actual/))).toContain('La contraseña actual no es correcta.'))

  await user.clear(screen.getByLabelText(/^Contraseña actual/))
  await user.type(screen.getByLabelText(/^Contraseña actual/), TEST_PASSWORD)
  await user.click(screen.getByRole('button', { name: 'Cambiar contraseña' }))
  await waitFor(() => expect((screen.getByLabelText(/^Contraseña actual/) as HTMLInputElement).value).toBe(''))
  await t.call('otra-ventana', 'auth', 'login', { username: 'profesional', password: 'otra-clave-segura' })
})
