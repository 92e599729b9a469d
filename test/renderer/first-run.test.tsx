import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Root } from '../../src/renderer/src/Root'
import { useSession } from '../../src/renderer/src/stores/session'
import { useDemoAccounts } from '../../src/renderer/src/features/auth/demoAccounts'
import { makeTestCore, type TestCore } from '../support/core'
import { connectApi, errorOf, renderApp } from './support'

let t: TestCore

beforeEach(async () => {
  useSession.setState({ status: null })
  useDemoAccounts.setState({ demo: null })
  sessionStorage.clear()
  t = await makeTestCore()
  connectApi(t, 'ventana')
})

afterEach(async () => {
  await t.dispose()
})

/** The message a Mantine input shows as its error, found through aria-describedby like a screen reader. */
async function fillOffice(user: ReturnType<typeof userEvent.setup>, password: string, confirm = password) {
  await user.type(await screen.findByLabelText(/^Nombre de la entidad/), 'Alcaldía de Cajicá')
  await user.type(screen.getByLabelText(/^Nombre completo/), 'Laura Gómez Rincón')
  await user.type(screen.getByLabelText(/^Usuario/), 'lgomez')
  await user.type(screen.getByLabelText(/^Contraseña/), password)
  await user.type(screen.getByLabelText(/^Confirmar contraseña/), confirm)
}

test('el primer uso crea la oficina y entra a Pauta con la sesión del jefe', async () => {
  const user = userEvent.setup({ delay: null })
  renderApp(<Root />)
  expect(await screen.findByText('Bienvenido a Pauta')).toBeTruthy()
  expect((screen.getByLabelText(/^Nombre de la oficina/) as HTMLInputElement).value).toBe('Oficina Asesora de Comunicaciones')

  await fillOffice(user, 'cajica-2026-prensa')
  await user.click(screen.getByRole('button', { name: 'Crear oficina' }))

  expect(await screen.findByRole('button', { name: 'Salir' })).toBeTruthy()
  const session = useSession.getState().status
  expect(session).toMatchObject({ initialized: true, entityName: 'Alcaldía de Cajicá', session: { username: 'lgomez', role: 'jefe' } })
  const status = await t.call('ventana', 'app', 'status')
  expect(status.session?.fullName).toBe('Laura Gómez Rincón')
})

test('una contraseña corta la rechaza main y el mensaje aparece junto al campo, sin crear nada', async () => {
  const user = userEvent.setup({ delay: null })
  renderApp(<Root />)
  await fillOffice(user, 'corta')
  await user.click(screen.getByRole('button', { name: 'Crear oficina' }))

  const password = screen.getByLabelText(/^Contraseña/)
  await waitFor(() => expect(errorOf(password)).toContain('La contraseña debe tener al menos 8 caracteres.'))
  expect(password.getAttribute('aria-invalid')).toBe('true')
  expect(screen.getByText('Bienvenido a Pauta')).toBeTruthy()
  expect((await t.call('ventana', 'app', 'status')).initialized).toBe(false)
})

test('si las contraseñas no coinciden no se llama a main', async () => {
  const user = userEvent.setup({ delay: null })
  renderApp(<Root />)
  await fillOffice(user, 'cajica-2026-prensa', 'cajica-2026-prensx')
  await user.click(screen.getByRole('button', { name: 'Crear oficina' }))

  await waitFor(() => expect(errorOf(screen.getByLabelText(/^Confirmar contraseña/))).toContain('Las contraseñas no coinciden.'))
  expect((await t.call('ventana', 'app', 'status')).initialized).toBe(false)
})

test('«Cargar datos de ejemplo» lleva al ingreso con las cuentas de ejemplo, y una de ellas entra con un clic', async () => {
  const user = userEvent.setup({ delay: null })
  renderApp(<Root />)
  await user.click(await screen.findByRole('button', { name: 'Cargar datos de ejemplo' }))

  const list = (await screen.findByText('Cuentas de ejemplo', {}, { timeout: 15_000 })).closest('div')!.parentElement!
  const demo = useDemoAccounts.getState().demo!
  expect(demo.accounts.length).toBeGreaterThanOrEqual(7)
  expect(within(list).getByText(demo.password)).toBeTruthy()
  const jefe = demo.accounts.find((a) => a.role === 'jefe')!
  expect(within(list).getByText(jefe.username)).toBeTruthy()

  await user.click(screen.getByRole('button', { name: `Usar la cuenta ${jefe.username}` }))
  expect((screen.getByLabelText(/^Usuario/) as HTMLInputElement).value).toBe(jefe.username)
  await user.click(screen.getByRole('button', { name: 'Ingresar' }))

  expect(await screen.findByRole('button', { name: 'Salir' })).toBeTruthy()
  expect(useSession.getState().status?.session?.role).toBe('jefe')
}, 30_000)
