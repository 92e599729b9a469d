import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HomePage } from '../../src/renderer/src/pages/HomePage'
import { NO_FILTERS, usePiecesView } from '../../src/renderer/src/features/pieces/view-store'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { addPlanActivity, pieceInState, type Office } from '../support/fixtures'
import { connectApi, renderApp } from './support'

let o: Office
let activityId: number

beforeEach(async () => {
  o = await makeOffice()
  activityId = await addPlanActivity(o)
  usePiecesView.setState({ filters: NO_FILTERS, view: 'board', showCancelled: false })
})

afterEach(async () => {
  await o.dispose()
})

async function openAs(clientId: string) {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  return renderApp(<HomePage />, '/')
}

const section = (name: string) => screen.findByRole('region', { name })

test('el jefe ve lo que espera su aprobación, lo vencido y los conteos por estado; cada fila abre la pieza', async () => {
  const user = userEvent.setup({ delay: null })
  const waiting = await pieceInState(o, activityId, 'revision_contenido', { title: 'Jornada de vacunación', dueDate: '2026-03-05' })
  const { location } = await openAs('jefe')

  expect(await screen.findByRole('heading', { name: /, Laura$/ })).toBeTruthy()
  expect(screen.getByText(/\(\d{2}\/\d{2}\/\d{4}\)\.$/)).toBeTruthy()
  const approvals = await section('Esperan mi aprobación')
  expect(within(approvals).getByText('Jornada de vacunación')).toBeTruthy()
  const overdue = await section('Vencidas')
  expect(within(overdue).getByText('Vencida')).toBeTruthy()
  expect(within(await section('Publicadas recientemente')).getByText('Aún no se ha publicado ninguna pieza.')).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Revisión de contenido: 1' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Borrador: 0' })).toBeTruthy()

  await user.click(within(approvals).getByRole('link', { name: /Jornada de vacunación/ }))
  expect(location.history?.at(-1)).toBe(`/piezas/${waiting}`)
})

test('a quien redacta le muestra sus piezas devueltas y su trabajo, sin la sección de aprobación', async () => {
  await pieceInState(o, activityId, 'ajustes_contenido', { title: 'Feria del empleo' })
  await openAs('profesional')

  const returned = await section('Devueltas para ajustes')
  expect(within(returned).getByText('Feria del empleo')).toBeTruthy()
  expect(within(await section('Mi trabajo')).getByText('Feria del empleo')).toBeTruthy()
  expect(within(await section('Vencidas')).getByText('No hay piezas vencidas.')).toBeTruthy()
  expect(screen.queryByRole('region', { name: 'Esperan mi aprobación' })).toBeNull()
})

test('un conteo por estado abre Piezas filtrada por ese estado', async () => {
  const user = userEvent.setup({ delay: null })
  await pieceInState(o, activityId, 'revision_contenido')
  const { location } = await openAs('jefe')
  await user.click(await screen.findByRole('button', { name: 'Revisión de contenido: 1' }))

  await waitFor(() => expect(location.history?.at(-1)).toBe('/piezas'))
  expect(usePiecesView.getState()).toMatchObject({ view: 'table', filters: { ...NO_FILTERS, state: 'revision_contenido' } })
})
