import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReviewQueuePage } from '../../src/renderer/src/pages/ReviewQueuePage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { addPlanActivity, pieceInState, type Office } from '../support/fixtures'
import { connectApi, renderApp } from './support'

let o: Office
let first: number
let second: number


beforeEach(async () => {
  o = await makeOffice()
  const activityId = await addPlanActivity(o)
  first = await pieceInState(o, activityId, 'revision_contenido', { title: 'Jornada de vacunación' })
  o.clock.advanceDays(1)
  second = await pieceInState(o, activityId, 'revision_diseno', { title: 'Feria del empleo' })
})

afterEach(async () => {
  await o.dispose()
})

async function openAs(clientId: string) {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  return renderApp(<ReviewQueuePage />, '/por-aprobar')
}

const selected = () => screen.getByRole('option', { selected: true })

test('el jefe recorre la cola con el teclado, aprueba sin soltar el teclado y pasa a la siguiente', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs('jefe')
  const list = await screen.findByRole('listbox', { name: 'Piezas por aprobar' })
  const options = within(list).getAllByRole('option')
  expect(options.map((op) => within(op).getByText(/Jornada|Feria/).textContent)).toEqual(['Jornada de vacunación', 'Feria del empleo'])
  await waitFor(() => expect(document.activeElement).toBe(list))
  expect(within(selected()).getByText('Jornada de vacunación')).toBeTruthy()

  await user.keyboard('j')
  expect(within(selected()).getByText('Feria del empleo')).toBeTruthy()
  expect(await screen.findByRole('region', { name: 'Revisión de diseño' })).toBeTruthy()
  await user.keyboard('k')
  expect(within(selected()).getByText('Jornada de vacunación')).toBeTruthy()
  const panel = await screen.findByRole('region', { name: 'Revisión de contenido' })
  expect(await screen.findByRole('document', { name: 'Texto en revisión' })).toBeTruthy()

  await user.keyboard('{Enter}')
  expect(document.activeElement).toBe(within(panel).getAllByRole('checkbox')[0])
  await user.keyboard('12345{Control>}{Enter}{/Control}')

  await waitFor(async () => expect((await o.call('jefe', 'pieces', 'get', { id: first })).state).toBe('contenido_aprobado'))
  await waitFor(() => expect(within(screen.getByRole('listbox', { name: 'Piezas por aprobar' })).getAllByRole('option')).toHaveLength(1))
  expect(within(selected()).getByText('Feria del empleo')).toBeTruthy()
  expect(await screen.findByRole('region', { name: 'Revisión de diseño' })).toBeTruthy()
  expect(document.activeElement).toBe(screen.getByRole('listbox', { name: 'Piezas por aprobar' }))
  expect((await o.call('jefe', 'pieces', 'get', { id: second })).state).toBe('revision_diseno')
})

test('Escape devuelve el foco del panel a la lista', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs('jefe')
  const list = await screen.findByRole('listbox', { name: 'Piezas por aprobar' })
  await screen.findByRole('region', { name: 'Revisión de contenido' })
  await user.keyboard('{Enter}')
  expect(document.activeElement).not.toBe(list)
  await user.keyboard('{Escape}')
  expect(document.activeElement).toBe(list)
})

test('quien no aprueba ve una explicación en lugar de la cola', async () => {
  await openAs('profesional')
  expect(await screen.findByText('Esta bandeja es de quien aprueba')).toBeTruthy()
  expect(screen.queryByRole('listbox')).toBeNull()
})
