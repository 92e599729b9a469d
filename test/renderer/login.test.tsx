import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Root } from '../../src/renderer/src/Root'
import { useSession } from '../../src/renderer/src/stores/session'
import { useDemoAccounts } from '../../src/renderer/src/features/auth/demoAccounts'
import { makeTestCore, TEST_PASSWORD, type TestCore } from '../support/core'
import { connectApi, renderApp } from './support'

let t: TestCore

beforeEach(async () => {
  useSession.setState({ status: null })
  useDemoAccounts.setState({ demo: null })
  sessionStorage.clear()
  t = await makeTestCore()
  await t.call('instalador', 'app', 'setup', {
    entityName: 'Alcaldía de Zipaquirá',
    officeName: 'Oficina Asesora de Comunicaciones',
    jefe: { fullName: 'Laura Gómez', username: 'lgomez', password: TEST_PASSWORD }
  })
  connectApi(t, 'ventana')
})

afterEach(async () => {
  await t.dispose()
})

async function signIn(user: ReturnType<typeof userEvent.setup>, username: string, password: string) {
  await user.clear(screen.getByLabelText(/^Usuario/))
  await user.type(screen.getByLabelText(/^Usuario/), username)
  await user.type(screen.getByLabelText(/^Contraseña/), password)
  await user.click(screen.getByRole('button', { name: 'Ingresar' }))
}

test('muestra la entidad y, con la contraseña correcta, entra a Pauta', async () => {
  const user = userEvent.setup({ delay: null })
  renderApp(<Root />)
  expect(await screen.findByText('Alcaldía de Zipaquirá · Oficina Asesora de Comunicaciones')).toBeTruthy()

  await signIn(user, 'LGomez', TEST_PASSWORD)

  expect(await screen.findByRole('button', { name: 'Salir' })).toBeTruthy()
  expect(useSession.getState().status?.session?.fullName).toBe('Laura Gómez')
})

test('una contraseña equivocada muestra el mensaje de main en el formulario y no abre sesión', async () => {
  const user = userEvent.setup({ delay: null })
  renderApp(<Root />)
  await screen.findByRole('button', { name: 'Ingresar' })

  await signIn(user, 'lgomez', 'no-es-esta')

  const alert = await screen.findByRole('alert')
  expect(alert.textContent).toContain('Usuario o contraseña incorrectos.')
  expect((screen.getByLabelText(/^Contraseña/) as HTMLInputElement).value).toBe('')
  expect((await t.call('ventana', 'app', 'status')).session).toBeNull()
  expect(screen.queryByRole('button', { name: 'Salir' })).toBeNull()
})

test('tras varios intentos fallidos, main pide esperar y la pantalla lo dice', async () => {
  const user = userEvent.setup({ delay: null })
  renderApp(<Root />)
  await screen.findByRole('button', { name: 'Ingresar' })

  for (let i = 0; i < 5; i++) {
    await signIn(user, 'lgomez', `equivocada-${i}`)
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/incorrectos/))
  }
  expect(screen.getByRole('alert').textContent).toMatch(/espere 30 segundos/)

  // Even the right password waits until the lock ends.
  await signIn(user, 'lgomez', TEST_PASSWORD)
  await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Demasiados intentos fallidos\. Espere \d+ segundos/))
  expect((await t.call('ventana', 'app', 'status')).session).toBeNull()
})
