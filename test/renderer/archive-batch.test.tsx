import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ArchivePage } from '../../src/renderer/src/pages/ArchivePage'
import { NO_ARCHIVE_FILTERS, useArchiveView } from '../../src/renderer/src/features/archive/view-store'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { seedAsset, seedEvent } from '../main/archive-seed'
import { connectApi, pick, renderApp } from './support'

let o: Office

beforeAll(() => {
  // jsdom lays nothing out; the virtualised grid needs a viewport to decide which rows to render.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })
})

beforeEach(async () => {
  o = await makeOffice()
  useArchiveView.setState({ filters: NO_ARCHIVE_FILTERS, sort: 'fecha_desc', view: 'grid' })
})

afterEach(async () => {
  await o.dispose()
})

async function openAs(clientId: string) {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  return renderApp(<ArchivePage />, '/archivo')
}

/** Four photos, newest first in the grid: D, C, B, A. */
async function fourPhotos() {
  const a = await seedAsset(o, { title: 'Foto A', captured_on: '2026-03-01', keywords: ['plaza'] })
  const b = await seedAsset(o, { title: 'Foto B', captured_on: '2026-03-02' })
  const c = await seedAsset(o, { title: 'Foto C', captured_on: '2026-03-03' })
  const d = await seedAsset(o, { title: 'Foto D', captured_on: '2026-03-04' })
  return { a, b, c, d }
}

/** The first page of results; the first render of a test file compiles a lot, so it may take a while. */
const loaded = () => screen.findByRole('button', { name: 'Foto D' }, { timeout: 5000 })

const card = (name: string) => within(screen.getByRole('region', { name: 'Material del archivo' })).getByRole('button', { name })
const bar = () => screen.getByRole('toolbar', { name: 'Selección' })

async function keywordsOf(id: number): Promise<string[]> {
  const rows = await o.core.db.selectFrom('asset_keywords').select('keyword').where('asset_id', '=', id).orderBy('keyword').execute()
  return rows.map((r) => r.keyword)
}

test('la barra de selección cuenta los materiales elegidos con clic, Mayús+clic y Ctrl+clic; un clic normal abre la ficha', async () => {
  await fourPhotos()
  const user = userEvent.setup({ delay: null })
  await openAs('archivista')
  await loaded()

  // Without selecting, a click opens the detail.
  await user.click(card('Foto C'))
  const drawer = await screen.findByRole('dialog', { name: 'Ficha del material' })
  await user.click(within(drawer).getByRole('button', { name: 'Cerrar la ficha' }))
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ficha del material' })).toBeNull())
  expect(screen.queryByRole('toolbar', { name: 'Selección' })).toBeNull()

  await user.click(screen.getByRole('button', { name: 'Seleccionar' }))
  expect(within(bar()).getByText('0 seleccionados')).toBeTruthy()
  expect(within(bar()).getByRole('button', { name: 'Editar en lote' })).toHaveProperty('disabled', true)
  await user.click(card('Foto D'))
  expect(card('Foto D').getAttribute('aria-pressed')).toBe('true')
  await user.keyboard('{Shift>}')
  await user.click(card('Foto B'))
  await user.keyboard('{/Shift}')
  expect(within(bar()).getByText('3 seleccionados')).toBeTruthy()
  expect(card('Foto C').getAttribute('aria-pressed')).toBe('true')
  expect(card('Foto A').getAttribute('aria-pressed')).toBe('false')
  await user.click(card('Foto C'))
  expect(within(bar()).getByText('2 seleccionados')).toBeTruthy()
  expect(screen.queryByRole('dialog', { name: 'Ficha del material' })).toBeNull()

  await user.click(within(bar()).getByRole('button', { name: 'Quitar selección' }))
  expect(screen.queryByRole('toolbar', { name: 'Selección' })).toBeNull()

  // Ctrl+clic starts a selection from the plain view.
  await user.keyboard('{Control>}')
  await user.click(card('Foto A'))
  await user.keyboard('{/Control}')
  expect(within(bar()).getByText('1 seleccionado')).toBeTruthy()
  await user.click(within(bar()).getByRole('button', { name: 'Seleccionar todo lo encontrado (4)' }))
  expect(within(bar()).getByText('Todo lo encontrado: 4')).toBeTruthy()
  expect(card('Foto B').getAttribute('aria-pressed')).toBe('true')
})

test('edita en lote: elige campos, revisa la vista previa de main y aplica a los seleccionados', async () => {
  const { a, b, c, d } = await fourPhotos()
  await seedEvent(o, 'Rueda de prensa 12/03/2026')
  const user = userEvent.setup({ delay: null })
  await openAs('archivista')
  await loaded()
  await user.click(screen.getByRole('button', { name: 'Seleccionar' }))
  await user.click(card('Foto A'))
  await user.click(card('Foto B'))
  await user.click(within(bar()).getByRole('button', { name: 'Editar en lote' }))
  const modal = await screen.findByRole('dialog', { name: 'Editar en lote' })
  expect(within(modal).getByText(/2 materiales seleccionados/)).toBeTruthy()

  // An empty change is stopped before asking main.
  await user.click(within(modal).getByRole('button', { name: 'Revisar el cambio' }))
  expect(await screen.findByText(/Elija al menos un campo/)).toBeTruthy()

  await user.click(within(within(modal).getByRole('group', { name: 'Campos que cambian' })).getByRole('checkbox', { name: 'Evento' }))
  await pick(user, within(modal).getByRole('combobox', { name: 'Evento' }), 'Rueda de prensa 12/03/2026')
  await user.type(within(modal).getByLabelText('Añadir palabras clave'), 'rueda de prensa{Enter}Plaza{Enter}')
  await user.click(within(modal).getByRole('button', { name: 'Revisar el cambio' }))

  const preview = await within(modal).findByRole('region', { name: 'Vista previa del lote' })
  expect(within(preview).getByText('Se modificarán 2 materiales:')).toBeTruthy()
  expect(within(preview).getByText('Evento: «Rueda de prensa 12/03/2026»')).toBeTruthy()
  expect(within(preview).getByText('Añadir palabras clave: rueda de prensa, Plaza')).toBeTruthy()
  expect(within(preview).getByText('En el lote: Foto B, Foto A.')).toBeTruthy()
  // Nothing is written before applying.
  expect(await keywordsOf(b)).toEqual([])

  await user.click(within(modal).getByRole('button', { name: 'Aplicar a 2 materiales' }))
  expect(await screen.findByText('Se actualizaron 2 materiales.')).toBeTruthy()
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Editar en lote' })).toBeNull())
  expect(await keywordsOf(a)).toEqual(['plaza', 'rueda de prensa'])
  expect(await keywordsOf(b)).toEqual(['Plaza', 'rueda de prensa'])
  expect(await keywordsOf(c)).toEqual([])
  expect(await keywordsOf(d)).toEqual([])
})

test('main rechaza el lote y el formulario lo dice; un profesional no selecciona (no edita ni exporta)', async () => {
  await fourPhotos()
  const user = userEvent.setup({ delay: null })
  const view = await openAs('archivista')
  await loaded()
  await user.click(screen.getByRole('button', { name: 'Seleccionar' }))
  await user.click(card('Foto A'))
  await user.click(within(bar()).getByRole('button', { name: 'Editar en lote' }))
  const modal = await screen.findByRole('dialog', { name: 'Editar en lote' })
  await user.type(within(modal).getByLabelText('Añadir palabras clave'), 'Plaza{Enter}')
  await user.type(within(modal).getByLabelText('Quitar palabras clave'), 'plaza{Enter}')
  await user.click(within(modal).getByRole('button', { name: 'Revisar el cambio' }))
  expect(await within(modal).findByText('«Plaza» está a la vez para añadir y para quitar. Déjela solo en una de las dos listas.')).toBeTruthy()
  expect(within(modal).getByText('Esta palabra también está para añadir.')).toBeTruthy()
  view.unmount()

  await openAs('profesional')
  await loaded()
  expect(screen.queryByRole('button', { name: 'Seleccionar' })).toBeNull()
  await user.keyboard('{Control>}')
  await user.click(card('Foto A'))
  await user.keyboard('{/Control}')
  expect(screen.queryByRole('toolbar', { name: 'Selección' })).toBeNull()
})

test('guarda la búsqueda actual, la comparte y la vuelve a aplicar desde el menú', async () => {
  await fourPhotos()
  const user = userEvent.setup({ delay: null })
  await openAs('archivista')
  await loaded()
  await user.type(screen.getByLabelText('Buscar en el archivo'), 'plaza')
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Foto D' })).toBeNull())

  await user.click(screen.getByRole('button', { name: 'Búsquedas guardadas' }))
  await user.click(await screen.findByRole('menuitem', { name: 'Guardar la búsqueda actual…', hidden: true }))
  const modal = await screen.findByRole('dialog', { name: 'Guardar la búsqueda' })
  expect(within(modal).getByText('«plaza» · Más recientes')).toBeTruthy()
  await user.type(within(modal).getByLabelText(/Nombre de la búsqueda/), 'Fotos de la plaza')
  await user.click(within(modal).getByLabelText(/Compartir con la oficina/))
  await user.click(within(modal).getByRole('button', { name: 'Guardar búsqueda' }))
  expect(await screen.findByText('Se guardó la búsqueda «Fotos de la plaza».')).toBeTruthy()
  const [saved] = await o.call('profesional', 'archiveBatch', 'savedSearches')
  expect(saved).toMatchObject({ name: 'Fotos de la plaza', filters: { text: 'plaza' }, shared: true, mine: false })

  await user.clear(screen.getByLabelText('Buscar en el archivo'))
  await loaded()
  await user.click(screen.getByRole('button', { name: 'Búsquedas guardadas' }))
  await user.click(await screen.findByRole('menuitem', { name: 'Fotos de la plaza', hidden: true }))
  expect((screen.getByLabelText('Buscar en el archivo') as HTMLInputElement).value).toBe('plaza')
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Foto D' })).toBeNull())
  expect(screen.getByRole('button', { name: 'Foto A' })).toBeTruthy()

  // A repeated name is refused by main, next to the field.
  await user.click(screen.getByRole('button', { name: 'Búsquedas guardadas' }))
  await user.click(await screen.findByRole('menuitem', { name: 'Guardar la búsqueda actual…', hidden: true }))
  const again = await screen.findByRole('dialog', { name: 'Guardar la búsqueda' })
  await user.type(within(again).getByLabelText(/Nombre de la búsqueda/), 'fotos de la PLAZA{Enter}')
  expect(await within(again).findByText('Ya tiene una búsqueda con este nombre.')).toBeTruthy()
  await user.click(within(again).getByRole('button', { name: 'Cancelar' }))

  // Deleting one's own.
  await user.click(screen.getByRole('button', { name: 'Búsquedas guardadas' }))
  await user.click(await screen.findByRole('menuitem', { name: 'Administrar mis búsquedas…', hidden: true }))
  const manage = await screen.findByRole('dialog', { name: 'Mis búsquedas guardadas' })
  await user.click(within(manage).getByRole('button', { name: 'Eliminar «Fotos de la plaza»' }))
  expect(await screen.findByText('Se eliminó la búsqueda guardada.')).toBeTruthy()
  expect(await o.call('archivista', 'archiveBatch', 'savedSearches')).toEqual([])
})
