import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ArchivePage } from '../../src/renderer/src/pages/ArchivePage'
import { PiecePage } from '../../src/renderer/src/pages/PiecePage'
import { NO_ARCHIVE_FILTERS, useArchiveView } from '../../src/renderer/src/features/archive/view-store'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { addPlanActivity, pieceInput, type Office } from '../support/fixtures'
import { seedAsset, seedEvent } from '../main/archive-seed'
import { connectApi, errorOf, pick, renderApp } from './support'

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

async function openAs(clientId: string, ui = <ArchivePage />, path = '/archivo') {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  return renderApp(ui, path)
}

const results = () => screen.getByRole('region', { name: 'Material del archivo' })
const cardNames = () =>
  within(results())
    .queryAllByRole('button')
    .map((b) => b.getAttribute('aria-label'))

test('la búsqueda sin tildes y los filtros por faceta cambian los resultados', async () => {
  const eventId = await seedEvent(o, 'Rueda de prensa', '2026-03-12')
  await seedAsset(o, { title: 'Rueda de prensa en la Alcaldía', keywords: ['vacunación'], event_id: eventId, captured_on: '2026-03-12' })
  await seedAsset(o, { title: 'Entrevista al secretario de Salud', kind: 'video', mime: 'video/mp4', captured_on: '2026-02-20' })
  await seedAsset(o, { title: 'Desfile del festival', people: ['María Pérez'], consent_status: 'pendiente', captured_on: '2025-08-07' })
  const user = userEvent.setup({ delay: null })
  await openAs('profesional')

  await screen.findByRole('button', { name: 'Rueda de prensa en la Alcaldía' })
  expect(screen.getByText('3 resultados')).toBeTruthy()
  // Newest first: the order of capture dates.
  expect(cardNames()).toEqual(['Rueda de prensa en la Alcaldía', 'Entrevista al secretario de Salud', 'Desfile del festival'])
  // Consent that stops publication shows on the card.
  expect(within(screen.getByRole('button', { name: 'Desfile del festival' })).getByLabelText('Autorización: pendiente')).toBeTruthy()
  expect(within(screen.getByRole('button', { name: 'Rueda de prensa en la Alcaldía' })).queryByLabelText(/^Autorización/)).toBeNull()
  expect(screen.queryByRole('button', { name: 'Ingestar material' })).toBeNull()

  await user.type(screen.getByLabelText('Buscar en el archivo'), 'vacunacion alcaldia')
  await waitFor(() => expect(cardNames()).toEqual(['Rueda de prensa en la Alcaldía']))
  expect(screen.getByText('1 resultado')).toBeTruthy()

  await user.clear(screen.getByLabelText('Buscar en el archivo'))
  await waitFor(() => expect(cardNames()).toHaveLength(3))
  const filters = screen.getByRole('navigation', { name: 'Filtros del archivo' })
  await user.click(within(filters).getByRole('checkbox', { name: /^Video/ }))
  await waitFor(() => expect(cardNames()).toEqual(['Entrevista al secretario de Salud']))

  await user.click(within(filters).getByRole('checkbox', { name: /^Video/ }))
  await user.click(await within(filters).findByRole('checkbox', { name: /^2025/ }))
  await waitFor(() => expect(cardNames()).toEqual(['Desfile del festival']))

  await user.click(screen.getByRole('button', { name: 'Quitar filtros' }))
  await user.type(screen.getByLabelText('Desde'), '01/03/2026')
  await user.click(document.body)
  await waitFor(() => expect(cardNames()).toEqual(['Rueda de prensa en la Alcaldía']))

  // The list view shows the same results as a table.
  await user.click(screen.getByText('Lista'))
  const table = within(results()).getByRole('table')
  expect(within(table).getByText('Rueda de prensa')).toBeTruthy()
  expect(within(table).getByText('12/03/2026')).toBeTruthy()
})

test('la ficha guarda la catalogación y se puede volver a encontrar por lo escrito', async () => {
  const id = await seedAsset(o, { original_name: 'IMG_2041.jpg', title: '', camera: 'Canon EOS R6', width: 4000, height: 3000 })
  const user = userEvent.setup({ delay: null })
  await openAs('archivista')

  await user.click(await screen.findByRole('button', { name: 'IMG_2041.jpg' }))
  const drawer = await screen.findByRole('dialog', { name: 'Ficha del material' })
  await user.type(await within(drawer).findByLabelText('Título'), 'Entrega de mercados en la vereda Chuntame')
  await user.type(within(drawer).getByLabelText('Palabras clave'), 'mercados{enter}campo{enter}')
  await user.type(within(drawer).getByLabelText('Municipio'), 'Cajicá')
  await pick(user, within(drawer).getByRole('combobox', { name: 'Estado de catalogación' }), 'Catalogado')
  await user.click(within(drawer).getByRole('button', { name: 'Guardar catalogación' }))
  expect(await screen.findByText('Se guardó la catalogación.')).toBeTruthy()

  const saved = await o.call('archivista', 'archive', 'get', { id })
  expect(saved).toMatchObject({ title: 'Entrega de mercados en la vereda Chuntame', city: 'Cajicá', status: 'catalogado' })
  expect(saved.keywords).toEqual(expect.arrayContaining(['mercados', 'campo']))

  await user.click(within(drawer).getByRole('tab', { name: 'Datos técnicos' }))
  expect(within(drawer).getByText('Canon EOS R6')).toBeTruthy()
  expect(within(drawer).getByText('4000 × 3000 px')).toBeTruthy()

  await user.click(within(drawer).getByRole('button', { name: 'Cerrar la ficha' }))
  await user.type(screen.getByLabelText('Buscar en el archivo'), 'chuntame')
  await waitFor(() => expect(cardNames()).toEqual(['Entrega de mercados en la vereda Chuntame']))
})

test('quien solo consulta ve la ficha sin poder editarla', async () => {
  await seedAsset(o, { title: 'Concierto en el parque' })
  const user = userEvent.setup({ delay: null })
  await openAs('disenador')
  await user.click(await screen.findByRole('button', { name: 'Concierto en el parque' }))
  const drawer = await screen.findByRole('dialog', { name: 'Ficha del material' })
  expect(await within(drawer).findByLabelText('Título')).toHaveProperty('readOnly', true)
  expect(within(drawer).queryByRole('button', { name: 'Guardar catalogación' })).toBeNull()
})

test('la autorización otorgada exige la fecha y, con ella, queda vigente', async () => {
  const id = await seedAsset(o, { title: 'Niños en la ludoteca', consent_status: 'pendiente', people: ['Ana Ruiz'] })
  const user = userEvent.setup({ delay: null })
  await openAs('archivista')
  await user.click(await screen.findByRole('button', { name: 'Niños en la ludoteca' }))
  const drawer = await screen.findByRole('dialog', { name: 'Ficha del material' })
  await user.click(await within(drawer).findByRole('tab', { name: 'Autorización' }))

  await pick(user, within(drawer).getByRole('combobox', { name: 'Autorización de uso de imagen' }), 'Otorgada')
  await user.click(within(drawer).getByRole('checkbox', { name: /menores de edad/ }))
  await user.click(within(drawer).getByRole('button', { name: 'Guardar autorización' }))
  const granted = within(drawer).getByRole('textbox', { name: /Fecha de la autorización/ })
  expect(errorOf(granted)).toContain('Indique la fecha en que se otorgó la autorización.')
  expect((await o.call('archivista', 'archive', 'get', { id })).consentStatus).toBe('pendiente')

  await user.type(granted, '05/03/2026')
  await user.type(within(drawer).getByRole('textbox', { name: 'Vence el' }), '05/03/2027')
  await user.type(within(drawer).getByLabelText('Alcance'), 'Redes sociales de la Alcaldía')
  await user.click(within(drawer).getByRole('button', { name: 'Guardar autorización' }))
  expect(await screen.findByText('Se guardó la autorización de uso de imagen.')).toBeTruthy()
  expect(await o.call('archivista', 'archive', 'get', { id })).toMatchObject({
    consentStatus: 'otorgada',
    consent: 'otorgada',
    consentMinors: true,
    consentGrantedOn: '2026-03-05',
    consentExpiresOn: '2027-03-05',
    consentScope: 'Redes sociales de la Alcaldía'
  })
  await waitFor(() => expect(within(drawer).getByText('Autorización: otorgada')).toBeTruthy())
})

test('la pieza vincula material del archivo, muestra su autorización y lo desvincula', async () => {
  const activityId = await addPlanActivity(o)
  const pieceId = (await o.call('profesional', 'pieces', 'create', pieceInput(o, activityId, { type: 'boletin_prensa', designerId: null }))).id
  await seedAsset(o, { title: 'Vacunación en el colegio', consent_status: 'pendiente' })
  await seedAsset(o, { title: 'Plaza principal de noche', consent_status: 'no_requerida' })
  const user = userEvent.setup({ delay: null })
  await openAs('profesional', <PiecePage id={pieceId} />, `/piezas/${pieceId}`)

  const section = await screen.findByRole('region', { name: 'Material del archivo' })
  expect(await within(section).findByText(/La pieza no usa material del archivo/)).toBeTruthy()
  await user.click(within(section).getByRole('button', { name: 'Vincular del archivo' }))
  const modal = await screen.findByRole('dialog', { name: 'Vincular material del archivo' })
  await user.click(await within(modal).findByRole('button', { name: 'Vacunación en el colegio' }))
  await user.click(within(modal).getByRole('button', { name: 'Plaza principal de noche' }))
  await user.click(within(modal).getByRole('button', { name: 'Vincular (2)' }))
  expect(await screen.findByText('Se vincularon 2 archivos a la pieza.')).toBeTruthy()

  await waitFor(() => expect(within(section).getByText('Vacunación en el colegio')).toBeTruthy())
  expect(within(section).getByText('Autorización: pendiente')).toBeTruthy()
  expect(within(section).getByText('Autorización: no requerida')).toBeTruthy()
  expect(within(section).getByText(/la pieza no se podrá aprobar/)).toBeTruthy()
  expect((await o.call('profesional', 'archive', 'pieceAssets', { pieceId })).map((a) => a.title).sort()).toEqual([
    'Plaza principal de noche',
    'Vacunación en el colegio'
  ])

  await user.click(within(section).getByRole('button', { name: 'Desvincular «Vacunación en el colegio»' }))
  await waitFor(() => expect(within(section).queryByText('Vacunación en el colegio')).toBeNull())
  expect((await o.call('profesional', 'archive', 'pieceAssets', { pieceId })).map((a) => a.title)).toEqual(['Plaza principal de noche'])
})

test('los eventos se crean, muestran su material y abren la búsqueda filtrada', async () => {
  const eventId = await seedEvent(o, 'Feria del libro', '2026-02-14')
  await seedAsset(o, { title: 'Stand de la biblioteca', event_id: eventId })
  await seedAsset(o, { title: 'Otra foto' })
  const user = userEvent.setup({ delay: null })
  await openAs('archivista')

  await user.click(screen.getByRole('tab', { name: 'Eventos' }))
  const table = await screen.findByRole('table', { name: 'Eventos' })
  expect(within(table).getByText('14/02/2026')).toBeTruthy()
  await user.click(screen.getByRole('button', { name: 'Nuevo evento' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nuevo evento' })
  await user.click(within(dialog).getByRole('button', { name: 'Crear evento' }))
  expect(errorOf(within(dialog).getByLabelText(/Nombre del evento/))).toContain('Escriba el nombre del evento.')
  await user.type(within(dialog).getByLabelText(/Nombre del evento/), 'Rueda de prensa{enter}')
  await waitFor(() => expect(within(screen.getByRole('table', { name: 'Eventos' })).getByText('Rueda de prensa')).toBeTruthy())
  expect((await o.call('archivista', 'archive', 'events')).map((e) => e.name)).toContain('Rueda de prensa')

  await user.click(screen.getByRole('button', { name: 'Ver el material de Feria del libro' }))
  await waitFor(() => expect(cardNames()).toEqual(['Stand de la biblioteca']))
})

test('la cuadrícula solo dibuja lo visible y carga la página siguiente al desplazarse', async () => {
  for (let i = 1; i <= 250; i++) {
    const day = String((i % 28) + 1).padStart(2, '0')
    await seedAsset(o, { title: `Foto número ${i}`, captured_on: i === 250 ? '2020-01-01' : `2026-02-${day}` })
  }
  await openAs('archivista')
  await screen.findByText('250 resultados')
  const region = results()
  const rendered = () => within(region).queryAllByRole('button').length
  expect(rendered()).toBeGreaterThan(0)
  expect(rendered()).toBeLessThanOrEqual(60)
  expect(within(region).queryByRole('button', { name: 'Foto número 250' })).toBeNull()

  // Scroll to the end, page after page: the keyset cursor brings the rest, the DOM stays bounded.
  let top = 0
  Object.defineProperty(region, 'scrollTop', { configurable: true, get: () => top })
  for (let step = 0; step < 6 && !within(region).queryByRole('button', { name: 'Foto número 250' }); step++) {
    top = Number.parseFloat((region.firstElementChild as HTMLElement).style.height) - 800
    region.dispatchEvent(new Event('scroll'))
    await new Promise((r) => setTimeout(r, 150))
  }
  expect(await within(region).findByRole('button', { name: 'Foto número 250' })).toBeTruthy()
  expect(rendered()).toBeLessThanOrEqual(60)
})
