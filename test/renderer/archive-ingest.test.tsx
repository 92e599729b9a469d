import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ArchivePage } from '../../src/renderer/src/pages/ArchivePage'
import { NO_ARCHIVE_FILTERS, useArchiveView } from '../../src/renderer/src/features/archive/view-store'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { makePhoto } from '../fixtures/archive/photos'
import { connectApi, renderApp } from './support'

let o: Office
let source: string

beforeAll(() => {
  // jsdom lays nothing out; the virtualised grid needs a viewport to decide which rows to render.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })
})

beforeEach(async () => {
  o = await makeOffice()
  useArchiveView.setState({ filters: NO_ARCHIVE_FILTERS, sort: 'fecha_desc', view: 'grid' })
  source = mkdtempSync(join(tmpdir(), 'pauta-memoria-'))
  writeFileSync(join(source, 'DSC_0001.jpg'), await makePhoto(1, { dateTaken: '2026:03:09 10:15:00', model: 'Nikon D750' }))
  writeFileSync(join(source, 'DSC_0002.jpg'), await makePhoto(2, { dateTaken: '2026:03:09 10:16:00', model: 'Nikon D750' }))
})

afterEach(async () => {
  await o.dispose()
  rmSync(source, { recursive: true, force: true })
})

test('la ingesta de una carpeta arranca desde el modal, muestra su avance y deja el material catalogado', async () => {
  const user = userEvent.setup({ delay: null })
  connectApi(o, 'archivista')
  useSession.setState({ status: await o.call('archivista', 'app', 'status') })
  renderApp(<ArchivePage />, '/archivo')
  expect(await screen.findByText('El archivo audiovisual está vacío')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Ingestar material' }))
  const modal = await screen.findByRole('dialog', { name: 'Ingestar material' })
  await user.click(within(modal).getByRole('button', { name: 'Iniciar ingesta' }))
  expect(within(modal).getByText('Elija la carpeta o la tarjeta de memoria que va a ingestar.')).toBeTruthy()

  o.host.nextFolder = source
  await user.click(within(modal).getByRole('button', { name: 'Elegir carpeta…' }))
  await waitFor(() => expect(within(modal).getByLabelText(/Carpeta de origen/)).toHaveProperty('value', source))
  await user.type(within(modal).getByLabelText('Lugar'), 'Parque principal')
  await user.type(within(modal).getByLabelText('Palabras clave'), 'mercado campesino{enter}')
  await user.click(within(modal).getByRole('button', { name: 'Iniciar ingesta' }))

  const progress = await screen.findByRole('region', { name: 'Progreso de la ingesta' }, { timeout: 5000 })
  await waitFor(() => expect(within(progress).getByText('Terminada')).toBeTruthy(), { timeout: 20_000 })
  expect(within(progress).getByLabelText('Catalogados: 2')).toBeTruthy()
  expect(within(progress).getByLabelText('Fallidos: 0')).toBeTruthy()
  expect(within(progress).getByText(/2 de 2 archivos/)).toBeTruthy()

  const assets = await o.call('archivista', 'archive', 'search', {})
  expect(assets.items.map((a) => a.originalName).sort()).toEqual(['DSC_0001.jpg', 'DSC_0002.jpg'])
  const detail = await o.call('archivista', 'archive', 'get', { id: assets.items[0]!.id })
  expect(detail).toMatchObject({ place: 'Parque principal', keywords: expect.arrayContaining(['mercado campesino']) })

  await user.click(within(screen.getByRole('dialog', { name: 'Avance de la ingesta' })).getByRole('button', { name: 'Listo' }))
  expect(await screen.findByRole('button', { name: 'DSC_0001.jpg' })).toBeTruthy()
  await user.click(screen.getByRole('tab', { name: 'Ingestas' }))
  const table = await screen.findByRole('table', { name: 'Ingestas recientes' })
  expect(within(table).getByText(source)).toBeTruthy()
  expect(within(table).getByText('Terminada')).toBeTruthy()
})

test('una ingesta en pausa se reanuda desde su avance y otra se cancela conservando lo catalogado', async () => {
  for (let i = 3; i <= 24; i++) writeFileSync(join(source, `DSC_${String(i).padStart(4, '0')}.jpg`), await makePhoto(i))
  const first = await o.call('archivista', 'ingest', 'start', { sourcePath: source, mode: 'referenciar' })
  await o.call('archivista', 'ingest', 'pause', { id: first.id })
  const user = userEvent.setup({ delay: null })
  connectApi(o, 'archivista')
  useSession.setState({ status: await o.call('archivista', 'app', 'status') })
  renderApp(<ArchivePage />, '/archivo')

  await user.click(screen.getByRole('tab', { name: 'Ingestas' }))
  const table = await screen.findByRole('table', { name: 'Ingestas recientes' })
  expect(within(table).getByText('En pausa')).toBeTruthy()
  await user.click(within(table).getByRole('button', { name: `Ver la ingesta de ${source}` }))
  const dialog = await screen.findByRole('dialog', { name: 'Ingesta' })
  expect(within(dialog).getByText(/sigue donde quedó/)).toBeTruthy()
  await user.click(within(dialog).getByRole('button', { name: 'Reanudar' }))
  await waitFor(() => expect(within(dialog).getByText('Terminada')).toBeTruthy(), { timeout: 20_000 })
  expect(within(dialog).getByLabelText('Catalogados: 24')).toBeTruthy()
  expect(within(dialog).queryByRole('button', { name: 'Cancelar ingesta' })).toBeNull()
  await user.keyboard('{Escape}')

  const other = mkdtempSync(join(tmpdir(), 'pauta-memoria-'))
  try {
    for (let i = 100; i < 120; i++) writeFileSync(join(other, `P${i}.jpg`), await makePhoto(i))
    const second = await o.call('archivista', 'ingest', 'start', { sourcePath: other, mode: 'referenciar' })
    await o.call('archivista', 'ingest', 'pause', { id: second.id })
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Ingestas recientes' })).getAllByRole('row')).toHaveLength(3), { timeout: 5000 })
    await user.click(screen.getByRole('button', { name: `Ver la ingesta de ${other}` }))
    const paused = await screen.findByRole('dialog', { name: 'Ingesta' })
    await user.click(await within(paused).findByRole('button', { name: 'Cancelar ingesta' }))
    await waitFor(() => expect(within(paused).getByText('Cancelada')).toBeTruthy())
    const job = await o.call('archivista', 'ingest', 'get', { id: second.id })
    expect(job.state).toBe('cancelada')
    expect(job.catalogued).toBeLessThan(20)
  } finally {
    rmSync(other, { recursive: true, force: true })
  }
})
