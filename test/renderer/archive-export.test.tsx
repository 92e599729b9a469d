import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { exportsIdle } from '../../src/main/archive-export/engine'
import { fixityIdle } from '../../src/main/fixity/engine'
import { ExportSelectionModal } from '../../src/renderer/src/features/archive/export/ExportSelectionModal'
import { BROWSER_DROP_NOTE } from '../../src/renderer/src/features/archive/drop/FolderDropZone'
import { ArchivePage } from '../../src/renderer/src/pages/ArchivePage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { destination, listDir, seedFile, validateBag } from '../main/archive-export-support'
import { connectApi, pick, renderApp } from './support'

let o: Office

beforeEach(async () => {
  o = await makeOffice()
})

afterEach(async () => {
  await exportsIdle(o.core)
  await fixityIdle(o.core)
  delete window.pautaFiles
  await o.dispose()
})

async function signIn(clientId: string) {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
}

test('exportar una selección: advierte la autorización, elige la carpeta y sigue el avance hasta el paquete listo', async () => {
  const user = userEvent.setup({ delay: null })
  const a = await seedFile(o, 'feria.jpg', 'feria de las flores', { title: 'Feria de las flores' })
  const b = await seedFile(o, 'colegio.jpg', 'niños en el colegio', { title: 'Niños en el colegio', consent_status: 'pendiente' })
  const folder = destination()
  o.host.nextFolder = folder
  await signIn('archivista')
  renderApp(<ExportSelectionModal opened onClose={() => undefined} selection={{ assetIds: [a.id, b.id] }} />)

  const dialog = await screen.findByRole('dialog', { name: 'Exportar selección (paquete BagIt)' })
  expect(await within(dialog).findByText('2 materiales')).toBeTruthy()
  expect(within(dialog).getByText('Autorización de uso de imagen sin resolver')).toBeTruthy()
  expect(within(dialog).getByText('Niños en el colegio — Pendiente')).toBeTruthy()

  const name = within(dialog).getByRole('textbox', { name: /Nombre del paquete/ })
  await user.clear(name)
  await user.type(name, 'Feria 2026')
  await user.click(within(dialog).getByRole('button', { name: 'Exportar paquete' }))
  expect(within(dialog).getByText('Elija la carpeta donde se guardará el paquete.')).toBeTruthy()

  await user.click(within(dialog).getByRole('button', { name: 'Elegir carpeta…' }))
  await waitFor(() => expect((within(dialog).getByRole('textbox', { name: /Carpeta de destino/ }) as HTMLInputElement).value).toBe(folder))
  await user.click(within(dialog).getByRole('checkbox', { name: /Escribir los metadatos dentro de las copias JPEG/ }))
  await user.click(within(dialog).getByRole('button', { name: 'Exportar paquete' }))

  const progress = await screen.findByRole('region', { name: 'Exportación Feria 2026' })
  await exportsIdle(o.core)
  expect(await within(progress).findByText('Paquete listo', {}, { timeout: 5000 })).toBeTruthy()
  expect(within(progress).getByText(join(folder, 'Feria 2026'))).toBeTruthy()
  expect(within(progress).getByText(/^1 material no tiene autorización de uso de imagen vigente/)).toBeTruthy()
  expect(listDir(folder)).toEqual(['Feria 2026'])
  const { payload } = validateBag(join(folder, 'Feria 2026'))
  // Not JPEG bytes: the copy cannot take the metadata, so it travels as a sidecar.
  expect(payload.has('data/feria.jpg.xmp')).toBe(true)
})

test('una selección vacía no se puede exportar', async () => {
  await signIn('jefe')
  renderApp(<ExportSelectionModal opened onClose={() => undefined} selection={{ filters: { text: 'nada' } }} />)
  expect(await screen.findByText('La selección está vacía')).toBeTruthy()
  expect((screen.getByRole('button', { name: 'Exportar paquete' }) as HTMLButtonElement).disabled).toBe(true)
})

test('la pestaña Exportaciones lista los paquetes con su resultado', async () => {
  const user = userEvent.setup({ delay: null })
  const a = await seedFile(o, 'a.jpg', 'a')
  await o.call('archivista', 'archiveExport', 'start', { selection: { assetIds: [a.id] }, name: 'Transferencia archivo central', destination: { folder: destination() } })
  await exportsIdle(o.core)
  await signIn('archivista')
  renderApp(<ArchivePage />, '/archivo')
  await user.click(await screen.findByRole('tab', { name: 'Exportaciones' }))
  const table = await screen.findByRole('table', { name: 'Exportaciones' })
  expect(within(table).getByText('Transferencia archivo central')).toBeTruthy()
  expect(within(table).getByText('Terminada')).toBeTruthy()
  expect(screen.getByText('Paquete listo')).toBeTruthy()
})

test('quien no exporta no ve la pestaña Exportaciones', async () => {
  await signIn('audiovisual')
  renderApp(<ArchivePage />, '/archivo')
  await screen.findByRole('tab', { name: 'Material' })
  expect(screen.queryByRole('tab', { name: 'Exportaciones' })).toBeNull()
})

test('programar la verificación de integridad muestra la próxima ejecución', async () => {
  const user = userEvent.setup({ delay: null })
  await signIn('archivista')
  renderApp(<ArchivePage />, '/archivo')
  await user.click(await screen.findByRole('tab', { name: 'Integridad' }))
  expect(await screen.findByText('Última ejecución programada:', { exact: false })).toBeTruthy()
  await pick(user, screen.getByRole('combobox', { name: 'Frecuencia' }), 'Cada semana')
  await pick(user, screen.getByRole('combobox', { name: 'Día de la semana' }), 'Sábado')
  await pick(user, screen.getByRole('combobox', { name: 'Hora' }), '23:00')
  await user.click(screen.getByRole('button', { name: 'Guardar programación' }))
  expect(await screen.findByText('Verificación programada: cada semana, los sábados a las 23:00.')).toBeTruthy()
  // Tuesday 10/03/2026 in the test clock; the next Saturday at 23:00 Bogotá.
  expect(await screen.findByText(/14\/03\/2026, 11:00\sp\.\sm\./)).toBeTruthy()
  const saved = await o.call('jefe', 'fixity', 'schedule')
  expect(saved).toMatchObject({ frequency: 'semanal', weekday: 6, hour: 23 })
})

function dropFolder(target: HTMLElement, file: File) {
  const dataTransfer = { files: [file], types: ['Files'], dropEffect: 'none' }
  fireEvent.dragEnter(target, { dataTransfer })
  fireEvent.dragOver(target, { dataTransfer })
  fireEvent.drop(target, { dataTransfer })
}

test('soltar una carpeta en la ventana abre la ingesta con esa carpeta', async () => {
  const folder = destination()
  window.pautaFiles = { pathForFile: (file) => (file.name === 'Fotos feria' ? folder : '') }
  await signIn('archivista')
  renderApp(<ArchivePage />, '/archivo')
  const zone = await screen.findByTestId('zona-soltar-carpeta')
  const dataTransfer = { files: [], types: ['Files'] }
  fireEvent.dragEnter(zone, { dataTransfer })
  expect(await screen.findByRole('status', { name: 'Suelte la carpeta para ingestarla' })).toBeTruthy()
  dropFolder(zone, new File([], 'Fotos feria'))
  const dialog = await screen.findByRole('dialog', { name: 'Ingestar material' })
  await waitFor(() => expect((within(dialog).getByRole('textbox', { name: /Carpeta de origen/ }) as HTMLInputElement).value).toBe(folder))
  expect(screen.queryByRole('status', { name: 'Suelte la carpeta para ingestarla' })).toBeNull()
})

test('soltar un archivo que no es carpeta muestra el motivo; en el navegador explica que use «Elegir carpeta»', async () => {
  const folder = destination()
  const file = join(folder, 'foto.jpg')
  await import('node:fs').then((fs) => fs.writeFileSync(file, 'x'))
  window.pautaFiles = { pathForFile: () => file }
  await signIn('archivista')
  renderApp(<ArchivePage />, '/archivo')
  const zone = await screen.findByTestId('zona-soltar-carpeta')
  dropFolder(zone, new File(['x'], 'foto.jpg'))
  expect(await screen.findByText('El origen debe ser una carpeta, no un archivo. Elija la carpeta que contiene el material.')).toBeTruthy()
  expect(screen.queryByRole('dialog', { name: 'Ingestar material' })).toBeNull()

  delete window.pautaFiles
  dropFolder(zone, new File([], 'Fotos'))
  expect(await screen.findByText(BROWSER_DROP_NOTE)).toBeTruthy()
  expect(existsSync(folder)).toBe(true)
})
