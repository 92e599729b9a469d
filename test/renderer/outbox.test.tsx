import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { OutboxPage } from '../../src/renderer/src/pages/OutboxPage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { connectApi, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
let share: string

beforeEach(async () => {
  t = await makeOffice()
  share = mkdtempSync(join(tmpdir(), 'pauta-red-'))
})

afterEach(async () => {
  await t.dispose()
  rmSync(share, { recursive: true, force: true })
})

/** Two spreadsheets sent to a folder of the planning office that is not there yet: both wait in the outbox. */
async function queueTwo() {
  const folder = join(share, 'planeacion')
  const destination = await t.call('jefe', 'delivery', 'createDestination', { name: 'Planeación', path: folder, note: '', active: true })
  const pieces = await t.call('jefe', 'reports', 'spreadsheet', { request: { list: 'piezas', filters: {} }, format: 'csv' })
  const requests = await t.call('jefe', 'reports', 'spreadsheet', { request: { list: 'solicitudes', filters: {} }, format: 'xlsx' })
  for (const file of [pieces, requests]) {
    const result = await t.call('jefe', 'delivery', 'deliver', { fileId: file.id, destinationId: destination.id })
    expect(result).toMatchObject({ status: 'en_bandeja', deliveredPath: null })
  }
  return { folder, pieces, requests }
}

async function openOutbox(clientId: string) {
  connectApi(t, clientId)
  useSession.setState({ status: await t.call(clientId, 'app', 'status') })
  return renderApp(<OutboxPage />, '/bandeja')
}

const rowOf = (fileName: string) => screen.getAllByRole('row').find((r) => within(r).queryByText(fileName))

test('la bandeja muestra lo que espera con su error; «Reintentar ahora» lo entrega cuando la carpeta aparece', async () => {
  const user = userEvent.setup({ delay: null })
  const { folder, pieces, requests } = await queueTwo()
  await openOutbox('jefe')

  await screen.findByText(pieces.fileName)
  expect(screen.getByText('2 archivos esperan envío. La lista se actualiza cada 5 segundos.')).toBeTruthy()
  const row = rowOf(pieces.fileName)!
  expect(within(row).getByText('Planeación')).toBeTruthy()
  const [queued] = (await t.call('jefe', 'delivery', 'outbox', { includeDone: false })).filter((i) => i.fileName === pieces.fileName)
  // Main's reason, as a sentence.
  const reason = queued!.lastError
  expect(within(row).getByText(reason.charAt(0).toUpperCase() + reason.slice(1))).toBeTruthy()
  expect(within(row).getByText(/^Próximo intento: \d{2}\/\d{2}\/\d{4}/)).toBeTruthy()

  mkdirSync(folder)
  await user.click(within(row).getByRole('button', { name: `Reintentar ahora «${pieces.fileName}»` }))
  await waitFor(() => expect(rowOf(pieces.fileName)).toBeUndefined())
  expect(readdirSync(folder)).toEqual([pieces.fileName])
  expect(screen.getByText('1 archivo espera envío. La lista se actualiza cada 5 segundos.')).toBeTruthy()
  expect(rowOf(requests.fileName)).toBeTruthy()

  await user.click(screen.getByRole('switch', { name: 'Mostrar entregados' }))
  const delivered = await waitFor(() => rowOf(pieces.fileName)!)
  expect(within(delivered).getByText('Entregado')).toBeTruthy()
  expect(within(delivered).getByText(join(folder, pieces.fileName))).toBeTruthy()
  expect(within(delivered).queryByRole('button')).toBeNull()
})

test('«Cancelar» pide confirmación y el archivo deja de esperar sin llegar a la carpeta', async () => {
  const user = userEvent.setup({ delay: null })
  const { folder, requests } = await queueTwo()
  await openOutbox('jefe')

  await screen.findByText(requests.fileName)
  await user.click(within(rowOf(requests.fileName)!).getByRole('button', { name: `Cancelar el envío de «${requests.fileName}»` }))
  const dialog = await screen.findByRole('dialog', { name: 'Cancelar el envío' })
  expect(dialog.textContent).toContain(`«${requests.fileName}» no se enviará a Planeación`)
  await user.click(within(dialog).getByRole('button', { name: 'Cancelar el envío' }))

  await waitFor(() => expect(rowOf(requests.fileName)).toBeUndefined())
  const all = await t.call('jefe', 'delivery', 'outbox', { includeDone: true })
  expect(all.find((i) => i.fileName === requests.fileName)).toMatchObject({ state: 'cancelado' })
  mkdirSync(folder)
  await t.call('jefe', 'delivery', 'retry', { id: all.find((i) => i.fileName !== requests.fileName)!.id })
  expect(existsSync(join(folder, requests.fileName))).toBe(false)
})

test('un profesional reintenta los envíos del jefe pero no los cancela: solo quien envió o el jefe pueden', async () => {
  const { pieces } = await queueTwo()
  await openOutbox('profesional')
  const row = await waitFor(() => rowOf(pieces.fileName)!)
  expect(within(row).getByRole('button', { name: `Reintentar ahora «${pieces.fileName}»` })).toBeTruthy()
  expect(within(row).queryByRole('button', { name: /^Cancelar el envío/ })).toBeNull()
})
