import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PiecesPage } from '../../src/renderer/src/pages/PiecesPage'
import { NO_FILTERS, usePiecesView } from '../../src/renderer/src/features/pieces/view-store'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { addPlanActivity, pieceInState, pieceInput, type Office } from '../support/fixtures'
import { connectApi, pick, renderApp } from './support'

let o: Office
let activityId: number

beforeEach(async () => {
  o = await makeOffice()
  activityId = await addPlanActivity(o)
  usePiecesView.setState({ filters: NO_FILTERS, view: 'table', showCancelled: false })
})

afterEach(async () => {
  await o.dispose()
})

async function openAs(clientId: string) {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  return renderApp(<PiecesPage />, '/piezas')
}

test('la modal «Nueva pieza» crea la pieza en main y abre su ficha', async () => {
  const user = userEvent.setup({ delay: null })
  const { location } = await openAs('jefe')
  expect(await screen.findByText('Aún no hay piezas')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Nueva pieza' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nueva pieza' })
  await user.type(within(dialog).getByLabelText(/^Título/), 'Cierre de vías por la Media Maratón')
  await pick(user, within(dialog).getByRole('combobox', { name: /^Tipo de pieza/ }), 'Nota web')
  expect((within(dialog).getByRole('switch', { name: /^Requiere diseño/ }) as HTMLInputElement).checked).toBe(false)
  await pick(user, within(dialog).getByRole('combobox', { name: /^Actividad del plan/ }), 'Relación con medios · Boletines sobre la gestión de la Alcaldía')
  await pick(user, within(dialog).getByRole('combobox', { name: /^Redactor\(a\)/ }), 'Andrés Rojas')
  await user.type(within(dialog).getByLabelText(/^Fecha de entrega/), '20/03/2026')
  await user.click(within(dialog).getByRole('button', { name: 'Crear pieza' }))

  await waitFor(() => expect(location.history?.at(-1)).toMatch(/^\/piezas\/\d+$/))
  const [created] = await o.call('jefe', 'pieces', 'list', {})
  expect(created).toMatchObject({
    title: 'Cierre de vías por la Media Maratón',
    type: 'nota_web',
    requiresDesign: false,
    writerName: 'Andrés Rojas',
    dueDate: '2026-03-20',
    activityId,
    state: 'borrador'
  })
  expect(location.history?.at(-1)).toBe(`/piezas/${created!.id}`)
})

test('sin los datos obligatorios la modal señala cada campo y no llama a main', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs('profesional')
  await user.click(await screen.findByRole('button', { name: 'Nueva pieza' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nueva pieza' })
  await user.click(within(dialog).getByRole('button', { name: 'Crear pieza' }))

  expect(within(dialog).getByText('Escriba el título de la pieza.')).toBeTruthy()
  expect(within(dialog).getByText('Seleccione el tipo de pieza.')).toBeTruthy()
  expect(within(dialog).getByText('Seleccione la actividad del plan a la que aporta la pieza.')).toBeTruthy()
  expect(within(dialog).getByText('Escriba la fecha de entrega (dd/mm/aaaa).')).toBeTruthy()
  // The professional starts as the writer of their own piece.
  expect((within(dialog).getByRole('combobox', { name: /^Redactor\(a\)/ }) as HTMLInputElement).value).toBe('Andrés Rojas')
  expect(await o.call('profesional', 'pieces', 'list', {})).toHaveLength(0)
})

test('quien no crea piezas no ve el botón', async () => {
  await openAs('archivista')
  await screen.findByText('Aún no hay piezas')
  expect(screen.queryByRole('button', { name: 'Nueva pieza' })).toBeNull()
})

test('la tabla filtra por estado y por «Solo mías», y el tablero agrupa por estado', async () => {
  const user = userEvent.setup({ delay: null })
  await pieceInState(o, activityId, 'revision_contenido', { title: 'Jornada de vacunación' })
  await o.call('jefe', 'pieces', 'create', pieceInput(o, activityId, { title: 'Feria del empleo', writerId: o.users.profesional2, designerId: null }))
  await pieceInState(o, activityId, 'cancelada', { title: 'Concierto aplazado' })
  await openAs('profesional')

  const table = await screen.findByRole('table', { name: 'Piezas' })
  expect(within(table).getByText('Jornada de vacunación')).toBeTruthy()
  expect(within(table).getByText('Feria del empleo')).toBeTruthy()

  await user.click(screen.getByRole('checkbox', { name: 'Solo mías' }))
  await waitFor(() => expect(screen.queryByText('Feria del empleo')).toBeNull())
  expect(screen.getByText('Jornada de vacunación')).toBeTruthy()
  await user.click(screen.getByRole('checkbox', { name: 'Solo mías' }))
  await pick(user, screen.getByRole('combobox', { name: 'Estado' }), 'Revisión de contenido')
  await waitFor(() => expect(screen.queryByText('Feria del empleo')).toBeNull())
  expect(screen.getByText('Jornada de vacunación')).toBeTruthy()
  await user.click(screen.getByRole('button', { name: 'Quitar filtros' }))
  expect(await screen.findByText('Feria del empleo')).toBeTruthy()

  await user.click(screen.getByRole('radio', { name: /Tablero/ }))
  const review = await screen.findByRole('region', { name: 'Revisión de contenido' })
  expect(within(review).getByText('Jornada de vacunación')).toBeTruthy()
  const draft = screen.getByRole('region', { name: 'Borrador' })
  expect(within(draft).getByText('Feria del empleo')).toBeTruthy()
  expect(screen.queryByRole('region', { name: 'Cancelada' })).toBeNull()
  await user.click(screen.getByRole('switch', { name: 'Mostrar canceladas' }))
  expect(within(screen.getByRole('region', { name: 'Cancelada' })).getByText('Concierto aplazado')).toBeTruthy()
})
