import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PressPage } from '../../src/renderer/src/pages/PressPage'
import { HomePressCard } from '../../src/renderer/src/features/press/HomePressCard'
import { useSession } from '../../src/renderer/src/stores/session'
import { formatDate, isoDateInColombia } from '../../src/shared/dates'
import { makeOffice } from '../support/core'
import { addPlanActivity, type Office } from '../support/fixtures'
import { seedAsset } from '../main/archive-seed'
import { addContact, boletinPiece, seedClip } from '../main/press-support'
import { connectApi, errorOf, pick, renderApp } from './support'

let o: Office
let activityId: number
beforeAll(() => {
  // jsdom lays nothing out; the archive's virtualised grid (the material picker) needs a viewport to render its rows.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })
})
beforeEach(async () => {
  o = await makeOffice()
  // The forms propose today's date: main's clock must agree with the browser's.
  o.clock.set(new Date().toISOString())
  activityId = await addPlanActivity(o)
})
afterEach(async () => o.dispose())

async function openAs(role: 'profesional' | 'disenador') {
  connectApi(o, role)
  useSession.setState({ status: await o.call(role, 'app', 'status') })
  return renderApp(<PressPage />, '/prensa')
}

test('un profesional numera un boletín aprobado con el número propuesto y lo envía a una lista; un número repetido se rechaza junto al campo', async () => {
  const user = userEvent.setup({ delay: null })
  const year = Number(isoDateInColombia(new Date()).slice(0, 4))
  const approved = await boletinPiece(o, activityId, 'Avanza la malla vial urbana', true)
  await boletinPiece(o, activityId, 'Festival del Maíz', false)
  const ana = await addContact(o, 'Ana Beltrán', 'Diario de la Sabana', 'ana@example.co')
  const luis = await addContact(o, 'Luis Moreno', 'Radio Sabana', 'luis@example.co')
  await o.call('profesional', 'press', 'saveList', { name: 'Medios regionales', memberIds: [ana, luis] })
  await openAs('profesional')
  expect(await screen.findByText('Aún no hay boletines')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Registrar boletín' }))
  let dialog = await screen.findByRole('dialog', { name: 'Registrar boletín de prensa' })
  await pick(user, within(dialog).getByRole('combobox', { name: /Pieza del boletín/ }), /Avanza la malla vial urbana/)
  await waitFor(() => expect((within(dialog).getByLabelText(/^Número/) as HTMLInputElement).value).toBe('1'))
  expect(within(dialog).getByText(`Boletín N.º 001 de ${year}`)).toBeTruthy()
  await user.click(within(dialog).getByRole('button', { name: 'Registrar boletín' }))

  // An approved bulletin goes straight to the send dialog.
  dialog = await screen.findByRole('dialog', { name: `Enviar el Boletín N.º 001 de ${year}` })
  await user.click(within(dialog).getByRole('checkbox', { name: 'Medios regionales (2 contactos activos)' }))
  await user.click(within(dialog).getByRole('button', { name: 'Registrar envío' }))
  const table = await screen.findByRole('table', { name: 'Boletines de prensa' })
  await waitFor(() => expect(within(table).getByText('1 envío · 2 destinatarios')).toBeTruthy())
  const [bulletin] = await o.call('jefe', 'press', 'bulletins', {})
  expect(bulletin).toMatchObject({ pieceId: approved, number: 1, sendCount: 1, recipientTotal: 2 })

  // The other piece, numbered by hand with the number already taken.
  await user.click(screen.getByRole('button', { name: 'Registrar boletín' }))
  dialog = await screen.findByRole('dialog', { name: 'Registrar boletín de prensa' })
  await pick(user, within(dialog).getByRole('combobox', { name: /Pieza del boletín/ }), /Festival del Maíz/)
  expect(within(dialog).getByText(/Falta la aprobación del contenido/)).toBeTruthy()
  const number = within(dialog).getByLabelText(/^Número/)
  await waitFor(() => expect((number as HTMLInputElement).value).toBe('2'))
  await user.clear(number)
  await user.type(number, '1')
  await user.click(within(dialog).getByRole('button', { name: 'Registrar boletín' }))
  await waitFor(() => expect(errorOf(within(dialog).getByLabelText(/^Número/))).toContain(`Este número ya está registrado en ${year}.`))
  expect(await o.call('jefe', 'press', 'bulletins', {})).toHaveLength(1)
})

test('el directorio valida el teléfono y crea el contacto', async () => {
  const user = userEvent.setup({ delay: null })
  await addContact(o, 'Ana Beltrán', 'Diario de la Sabana', 'ana@example.co')
  await openAs('profesional')
  await user.click(await screen.findByRole('tab', { name: 'Contactos y listas' }))
  await screen.findByRole('table', { name: 'Directorio de medios' })
  await user.click(screen.getByRole('button', { name: 'Nuevo contacto' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nuevo contacto de medios' })
  await user.type(within(dialog).getByLabelText(/^Periodista/), 'Camilo Peña')
  await user.type(within(dialog).getByLabelText(/^Medio/), 'Radio Sabana Estéreo')
  await user.type(within(dialog).getByLabelText(/^Teléfono/), '12345')
  await user.click(within(dialog).getByRole('button', { name: 'Agregar contacto' }))
  expect(errorOf(within(dialog).getByLabelText(/^Teléfono/))).toContain('Escriba un teléfono colombiano')
  await user.clear(within(dialog).getByLabelText(/^Teléfono/))
  await user.type(within(dialog).getByLabelText(/^WhatsApp/), '315 302 1188')
  await user.click(within(dialog).getByRole('button', { name: 'Agregar contacto' }))
  const directory = screen.getByRole('table', { name: 'Directorio de medios' })
  await waitFor(() => expect(within(directory).getByText('Camilo Peña')).toBeTruthy())
  expect(within(directory).getByText('315 302 1188')).toBeTruthy()
  expect(await o.call('jefe', 'press', 'contacts', { search: 'Camilo' })).toMatchObject([{ medium: 'Radio Sabana Estéreo', whatsapp: '315 302 1188', phone: '' }])
})

test('una rueda de prensa se registra con sus invitados y su asistencia', async () => {
  const user = userEvent.setup({ delay: null })
  await addContact(o, 'Ana Beltrán', 'Diario de la Sabana', 'ana@example.co')
  await addContact(o, 'Camilo Peña', 'Radio Sabana Estéreo', 'camilo@example.co')
  await openAs('profesional')
  await user.click(await screen.findByRole('tab', { name: 'Ruedas de prensa' }))
  expect(await screen.findByText('Aún no hay ruedas de prensa')).toBeTruthy()
  await user.click(screen.getByRole('button', { name: 'Nueva rueda de prensa' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nueva rueda de prensa' })
  const yesterday = isoDateInColombia(new Date(Date.now() - 86_400_000))
  await user.type(within(dialog).getByLabelText(/^Tema central/), 'Balance de seguridad')
  await user.type(within(dialog).getByLabelText(/^Fecha/), formatDate(yesterday))
  await user.type(within(dialog).getByLabelText(/^Hora/), '10:00')
  await user.type(within(dialog).getByLabelText(/^Lugar/), 'Salón de la Alcaldía')
  await user.type(within(dialog).getByLabelText(/^Voceros/), 'Alcalde municipal{Enter}')
  await user.type(within(dialog).getByLabelText(/^Temas/), 'Hurtos{Enter}')
  await pick(user, within(dialog).getByRole('combobox', { name: /Medios invitados/ }), /Ana Beltrán/)
  await pick(user, within(dialog).getByRole('combobox', { name: /Medios invitados/ }), /Camilo Peña/)
  await user.click(within(dialog).getByRole('button', { name: 'Registrar rueda de prensa' }))

  // The new conference opens in its drawer; it took place yesterday, so attendance is recorded.
  const drawer = await screen.findByRole('dialog', { name: 'Balance de seguridad' })
  await user.click(await within(drawer).findByRole('checkbox', { name: 'Camilo Peña (Radio Sabana Estéreo)' }))
  await user.click(within(drawer).getByRole('button', { name: 'Guardar asistencia' }))
  await waitFor(async () => {
    const [c] = await o.call('jefe', 'press', 'conferences', {})
    expect(c).toMatchObject({ title: 'Balance de seguridad', place: 'Salón de la Alcaldía', spokespersons: ['Alcalde municipal'], topics: ['Hurtos'], invitedCount: 2, attendedCount: 1 })
  })
}, 30_000)

test('quien no es del equipo de prensa consulta sin botones de registro, e Inicio muestra la semana', async () => {
  const piece = await boletinPiece(o, activityId, 'Boletín de la semana', true)
  await o.call('profesional', 'press', 'registerBulletin', { pieceId: piece, issuedOn: isoDateInColombia(new Date()), number: 7 })
  await openAs('disenador')
  const table = await screen.findByRole('table', { name: 'Boletines de prensa' })
  expect(within(table).getByText('Boletín de la semana')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Registrar boletín' })).toBeNull()
  expect(within(table).queryByRole('button', { name: /^Enviar/ })).toBeNull()

  renderApp(<HomePressCard />, '/')
  expect(await screen.findByText('No hay ruedas de prensa programadas.')).toBeTruthy()
  // The label shows in the page's table and in the card.
  expect(screen.getAllByText(/Boletín N\.º 007 de \d{4}/)).toHaveLength(2)
  expect(screen.getByText(/Boletín de la semana · sin enviar/)).toBeTruthy()
})

test('una rueda de prensa realizada suma material del archivo y las notas de medios que resultaron', async () => {
  const user = userEvent.setup({ delay: null })
  const yesterday = isoDateInColombia(new Date(Date.now() - 86_400_000))
  await o.call('profesional', 'press', 'saveConference', {
    title: 'Balance de seguridad',
    startsAt: `${yesterday}T10:00:00-05:00`,
    place: 'Salón de la Alcaldía',
    spokespersons: ['Alcalde municipal'],
    topics: ['Hurtos']
  })
  await seedAsset(o, { title: 'Alcalde en la rueda de prensa', captured_on: yesterday })
  await seedClip(o, yesterday, 'Radio Sabana', 'Bajan los hurtos en Cajicá')
  await openAs('profesional')
  await user.click(await screen.findByRole('tab', { name: 'Ruedas de prensa' }))
  const held = await screen.findByRole('table', { name: 'Ruedas de prensa realizadas' })
  await user.click(within(held).getByRole('button', { name: 'Balance de seguridad' }))
  const drawer = await screen.findByRole('dialog', { name: 'Balance de seguridad' })

  const materials = await within(drawer).findByRole('region', { name: 'Material del archivo' })
  await user.click(within(materials).getByRole('button', { name: 'Agregar material' }))
  const modal = await screen.findByRole('dialog', { name: 'Elegir material del archivo' })
  await user.click(await within(modal).findByRole('button', { name: 'Alcalde en la rueda de prensa' }))
  await user.click(within(modal).getByRole('button', { name: 'Agregar (1)' }))
  await waitFor(() => expect(within(materials).getByText('Alcalde en la rueda de prensa')).toBeTruthy())

  const clips = within(drawer).getByRole('region', { name: 'Notas de medios resultantes' })
  await pick(user, await within(clips).findByRole('combobox', { name: /Notas de medios/ }), /Bajan los hurtos en Cajicá/)
  await user.click(within(clips).getByRole('button', { name: 'Guardar notas' }))
  await waitFor(async () => {
    const [c] = await o.call('jefe', 'press', 'conferences', {})
    expect(c).toMatchObject({ assetCount: 1, clipCount: 1 })
  })
  // The section is drawn again with the saved clips.
  await waitFor(() =>
    expect(within(within(drawer).getByRole('region', { name: 'Notas de medios resultantes' })).getByRole('listitem').textContent).toContain('Radio Sabana: Bajan los hurtos en Cajicá')
  )
}, 30_000)
