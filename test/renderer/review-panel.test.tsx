import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CHECKLIST_ITEMS, CHECKLIST_LABELS } from '../../src/shared/domain/pieces'
import { PiecePage } from '../../src/renderer/src/pages/PiecePage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { addPlanActivity, pieceInState, type Office } from '../support/fixtures'
import { connectApi, renderApp } from './support'

let o: Office
let pieceId: number


beforeEach(async () => {
  o = await makeOffice()
  pieceId = await pieceInState(o, await addPlanActivity(o), 'revision_contenido')
})

afterEach(async () => {
  await o.dispose()
})

async function openPieceAs(clientId: string) {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  renderApp(<PiecePage id={pieceId} />, `/piezas/${pieceId}`)
  return screen.findByRole('region', { name: 'Revisión de contenido' })
}

const approveButton = (panel: HTMLElement) => within(panel).getByRole('button', { name: 'Aprobar' }) as HTMLButtonElement

test('«Aprobar» sigue deshabilitado hasta marcar los cinco puntos de control, con la indicación visible', async () => {
  const user = userEvent.setup()
  const panel = await openPieceAs('jefe')
  expect(within(panel).getByText('Marque los cinco puntos de control para aprobar.')).toBeTruthy()

  for (const item of CHECKLIST_ITEMS.slice(0, 4)) {
    expect(approveButton(panel).disabled).toBe(true)
    await user.click(within(panel).getByRole('checkbox', { name: CHECKLIST_LABELS[item] }))
  }
  expect(approveButton(panel).disabled).toBe(true)

  await user.click(within(panel).getByRole('checkbox', { name: CHECKLIST_LABELS.pertinencia }))
  expect(approveButton(panel).disabled).toBe(false)
  expect(within(panel).queryByText('Marque los cinco puntos de control para aprobar.')).toBeNull()
})

test('devolver sin comentarios muestra el mensaje en el campo y no cambia la pieza', async () => {
  const user = userEvent.setup()
  const panel = await openPieceAs('jefe')

  await user.click(within(panel).getByRole('button', { name: 'Devolver con comentarios' }))

  const comments = within(panel).getByLabelText('Comentarios')
  expect(comments.getAttribute('aria-invalid')).toBe('true')
  expect(within(panel).getByText('Para devolver la pieza escriba qué debe ajustarse.')).toBeTruthy()
  expect(document.activeElement).toBe(comments)
  const piece = await o.call('jefe', 'pieces', 'get', { id: pieceId })
  expect(piece.state).toBe('revision_contenido')
  expect(piece.reviews).toHaveLength(0)
})

test('devolver con comentarios pasa la pieza a ajustes y guarda el comentario', async () => {
  const user = userEvent.setup()
  const panel = await openPieceAs('jefe')
  await user.click(within(panel).getByRole('checkbox', { name: CHECKLIST_LABELS.lenguaje_claro }))
  await user.type(within(panel).getByLabelText('Comentarios'), 'Incluya la hora de la jornada.')
  await user.click(within(panel).getByRole('button', { name: 'Devolver con comentarios' }))

  await waitFor(async () => expect((await o.call('jefe', 'pieces', 'get', { id: pieceId })).state).toBe('ajustes_contenido'))
  const [review] = (await o.call('jefe', 'pieces', 'get', { id: pieceId })).reviews
  expect(review).toMatchObject({ decision: 'devuelta', comments: 'Incluya la hora de la jornada.', reviewerName: 'Laura Gómez' })
  expect(review!.checklist).toMatchObject({ lenguaje_claro: true, veracidad_oportunidad: false })
  expect(await screen.findByRole('article', { name: 'Revisión de contenido, versión 1' })).toBeTruthy()
})

test('una aprobación mueve la pieza a «Contenido aprobado» y el panel desaparece', async () => {
  const user = userEvent.setup()
  const panel = await openPieceAs('jefe')
  for (const item of CHECKLIST_ITEMS) await user.click(within(panel).getByRole('checkbox', { name: CHECKLIST_LABELS[item] }))
  await user.click(approveButton(panel))

  expect(await screen.findByText('Contenido aprobado')).toBeTruthy()
  await waitFor(() => expect(screen.queryByRole('region', { name: 'Revisión de contenido' })).toBeNull())
  const piece = await o.call('jefe', 'pieces', 'get', { id: pieceId })
  expect(piece.state).toBe('contenido_aprobado')
  expect(piece.reviews[0]).toMatchObject({ stage: 'contenido', decision: 'aprobada', versionNumber: 1 })
})

test('con el teclado: las teclas 1 a 5 marcan los puntos y Ctrl+Enter aprueba', async () => {
  const user = userEvent.setup()
  const panel = await openPieceAs('jefe')
  within(panel).getByRole('checkbox', { name: CHECKLIST_LABELS.veracidad_oportunidad }).focus()
  await user.keyboard('12345')
  expect(approveButton(panel).disabled).toBe(false)
  await user.keyboard('{Control>}{Enter}{/Control}')

  await waitFor(async () => expect((await o.call('jefe', 'pieces', 'get', { id: pieceId })).state).toBe('contenido_aprobado'))
})

test('quien redactó la pieza no ve el panel de revisión sino el aviso de espera', async () => {
  const user = userEvent.setup()
  connectApi(o, 'profesional')
  useSession.setState({ status: await o.call('profesional', 'app', 'status') })
  renderApp(<PiecePage id={pieceId} />, `/piezas/${pieceId}`)
  await user.click(await screen.findByRole('tab', { name: /^Revisión/ }))

  expect(await screen.findByText('En revisión de contenido')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Aprobar' })).toBeNull()
})
