import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PiecePage } from '../../src/renderer/src/pages/PiecePage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { addPlanActivity, pieceInput, type Office } from '../support/fixtures'
import { connectApi, renderApp } from './support'

let o: Office
let pieceId: number

// ProseMirror measures the selection to scroll it into view; jsdom has no layout, so nothing is visible.
const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList
document.elementFromPoint ??= () => null
Range.prototype.getClientRects ??= noRects
Range.prototype.getBoundingClientRect ??= () => new DOMRect()
Object.defineProperty(Text.prototype, 'getClientRects', { configurable: true, value: noRects })

beforeEach(async () => {
  o = await makeOffice()
  const activityId = await addPlanActivity(o)
  pieceId = (await o.call('profesional', 'pieces', 'create', pieceInput(o, activityId, { type: 'boletin_prensa', designerId: null }))).id
})

afterEach(async () => {
  await o.dispose()
})

async function openAs(clientId: string) {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  return renderApp(<PiecePage id={pieceId} />, `/piezas/${pieceId}`)
}

test('la comparación de versiones marca las palabras añadidas y eliminadas', async () => {
  await o.call('profesional', 'pieces', 'saveContent', { pieceId, html: '<p>La Alcaldía invita a la jornada de vacunación este sábado.</p>' })
  await o.call('profesional', 'pieces', 'saveContent', {
    pieceId,
    html: '<p>La Alcaldía invita a la gran jornada de vacunación este domingo.</p>',
    note: 'Cambio de fecha'
  })
  const user = userEvent.setup({ delay: null })
  await openAs('profesional')
  await user.click(await screen.findByRole('tab', { name: /^Versiones/ }))

  const versions = await screen.findByRole('table', { name: 'Versiones del contenido' })
  expect(within(versions).getByText('Cambio de fecha')).toBeTruthy()
  const diff = await screen.findByRole('region', { name: 'Cambios de la versión 1 a la 2' })
  const inserted = [...diff.querySelectorAll('ins')].map((e) => e.textContent)
  const deleted = [...diff.querySelectorAll('del')].map((e) => e.textContent)
  expect(inserted.join(' ')).toContain('gran')
  expect(inserted.join(' ')).toContain('domingo')
  expect(deleted.join(' ')).toContain('sábado')
  expect(deleted.join(' ')).not.toContain('jornada')
  expect(diff.textContent).toContain('jornada de vacunación')
  expect(screen.getByText('2 palabras añadidas')).toBeTruthy()
  expect(screen.getByText('1 palabra eliminada')).toBeTruthy()
})

test('quien redacta escribe el texto, guarda una versión con nota y la envía a revisión', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs('profesional')
  const editor = await screen.findByRole('textbox', { name: 'Texto de la pieza' })
  expect((screen.getByRole('button', { name: 'Enviar a revisión de contenido' }) as HTMLButtonElement).disabled).toBe(true)

  await user.click(editor)
  await user.type(editor, 'La Alcaldía abre inscripciones para el festival.')
  expect(await screen.findByText('Cambios sin guardar')).toBeTruthy()
  await user.type(screen.getByLabelText('Nota de la versión (opcional)'), 'Primer borrador')
  await user.click(screen.getByRole('button', { name: 'Guardar versión' }))

  await waitFor(() => expect(screen.queryByText('Cambios sin guardar')).toBeNull())
  const saved = await o.call('profesional', 'pieces', 'get', { id: pieceId })
  expect(saved.contentVersions).toMatchObject([{ number: 1, note: 'Primer borrador', authorName: 'Andrés Rojas' }])
  const version = await o.call('profesional', 'pieces', 'getContentVersion', { versionId: saved.contentVersions[0]!.id })
  expect(version.text).toBe('La Alcaldía abre inscripciones para el festival.')

  await user.click(screen.getByRole('button', { name: 'Enviar a revisión de contenido' }))
  expect(await screen.findByText('Revisión de contenido')).toBeTruthy()
  expect((await o.call('profesional', 'pieces', 'get', { id: pieceId })).state).toBe('revision_contenido')
  // Under review the text is read, not edited.
  expect(await screen.findByRole('document', { name: 'Texto de la pieza' })).toBeTruthy()
  expect(screen.queryByRole('textbox', { name: 'Texto de la pieza' })).toBeNull()
})

test('cancelar la pieza exige el motivo y la deja cancelada con su historial', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs('profesional')
  await user.click(await screen.findByRole('button', { name: 'Cancelar pieza' }))
  const dialog = await screen.findByRole('dialog', { name: /^Cancelar la pieza/ })
  await user.click(within(dialog).getByRole('button', { name: 'Cancelar pieza' }))
  expect(within(dialog).getByText('Escriba el motivo de la cancelación.')).toBeTruthy()
  expect((await o.call('profesional', 'pieces', 'get', { id: pieceId })).state).toBe('borrador')

  await user.type(within(dialog).getByLabelText(/^Motivo de la cancelación/), 'La Secretaría aplazó el evento.')
  await user.click(within(dialog).getByRole('button', { name: 'Cancelar pieza' }))

  expect(await screen.findByText('Motivo de la cancelación: La Secretaría aplazó el evento.')).toBeTruthy()
  expect((await o.call('profesional', 'pieces', 'get', { id: pieceId })).state).toBe('cancelada')
  expect(screen.queryByRole('button', { name: 'Cancelar pieza' })).toBeNull()

  await user.click(screen.getByRole('tab', { name: 'Historial' }))
  const timeline = await screen.findByLabelText('Historial de la pieza')
  expect(within(timeline).getByText('Motivo: La Secretaría aplazó el evento.')).toBeTruthy()
  expect(within(timeline).getAllByText(/Andrés Rojas · \d{2}\/\d{2}\/\d{4}/).length).toBeGreaterThanOrEqual(2)
})
