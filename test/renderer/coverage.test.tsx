import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppRoutes } from '../../src/renderer/src/AppRoutes'
import { HomeCoverageCard } from '../../src/renderer/src/features/coverage/HomeCoverageCard'
import { useSession } from '../../src/renderer/src/stores/session'
import { formatDate, isoDateInColombia } from '../../src/shared/dates'
import { makeOffice, type TestCore } from '../support/core'
import { connectApi, errorOf, pick, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office

/** The calendar opens on the real current week, so the office lives on the real today too. */
const today = isoDateInColombia(new Date())
const at = (time: string) => `${today}T${time}:00-05:00`

beforeEach(async () => {
  t = await makeOffice()
  t.clock.set(at('07:00'))
})

afterEach(async () => {
  await t.dispose()
})

async function openAs(core: TestCore, clientId: string, path: string) {
  connectApi(core, clientId)
  useSession.setState({ status: await core.call(clientId, 'app', 'status') })
  return renderApp(<AppRoutes />, path)
}

test('el jefe programa un evento (las horas invertidas se señalan en el campo), le asigna fotografía y ve el cruce con otro evento', async () => {
  const other = await t.call('jefe', 'coverage', 'create', { title: 'Consejo de gobierno', startsAt: at('10:00'), endsAt: at('12:00'), place: 'Despacho' })
  await t.call('jefe', 'coverage', 'assign', { eventId: other.id, need: 'fotografia', assigneeId: t.users.audiovisual, dueAt: at('14:00') })
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'jefe', '/cubrimientos')
  expect(await screen.findByRole('region', { name: 'Calendario de la semana' })).toBeTruthy()
  expect(await screen.findByText('Consejo de gobierno')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Nuevo evento' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nuevo evento' })
  await user.click(within(dialog).getByLabelText(/^Nombre del evento/))
  await user.paste('Feria de emprendimiento')
  await user.type(within(dialog).getByLabelText(/^Fecha/), formatDate(today))
  await user.type(within(dialog).getByLabelText(/^Hora de inicio/), '09:00')
  await user.type(within(dialog).getByLabelText(/^Hora de fin/), '08:00')
  await user.click(within(dialog).getByLabelText(/^Lugar/))
  await user.paste('Parque principal')
  await user.click(within(dialog).getByRole('button', { name: 'Programar evento' }))
  await waitFor(() => expect(errorOf(within(dialog).getByLabelText(/^Hora de fin/))).toContain('La hora de fin debe ser posterior a la de inicio.'))
  expect(await t.call('jefe', 'coverage', 'list', { from: today, to: today })).toHaveLength(1)

  await user.clear(within(dialog).getByLabelText(/^Hora de fin/))
  await user.type(within(dialog).getByLabelText(/^Hora de fin/), '12:00')
  await user.click(within(dialog).getByRole('button', { name: 'Programar evento' }))

  const drawer = await screen.findByRole('dialog', { name: 'Evento' })
  expect(await within(drawer).findByRole('heading', { name: 'Feria de emprendimiento' })).toBeTruthy()
  expect(within(drawer).getByText(`${formatDate(today)} 09:00–12:00`)).toBeTruthy()

  await user.click(within(drawer).getByRole('button', { name: 'Asignar cubrimiento' }))
  const assign = await screen.findByRole('dialog', { name: 'Asignar cubrimiento' })
  await pick(user, within(assign).getByRole('combobox', { name: /^Necesidad/ }), 'Fotografía')
  await pick(user, within(assign).getByRole('combobox', { name: /^Responsable/ }), 'Sofía Martínez')
  expect(await within(assign).findByText(`Sofía Martínez ya cubre «Consejo de gobierno» (fotografía) el ${formatDate(today)} 10:00–12:00.`)).toBeTruthy()
  await user.click(within(assign).getByRole('button', { name: 'Asignar' }))

  await waitFor(async () => {
    const [feria] = (await t.call('jefe', 'coverage', 'list', { from: today, to: today })).filter((e) => e.title === 'Feria de emprendimiento')
    expect(feria?.coverages).toMatchObject([{ need: 'fotografia', assigneeName: 'Sofía Martínez', state: 'asignada' }])
  })
  expect(await within(drawer).findByRole('table', { name: 'Cubrimientos del evento' })).toBeTruthy()
}, 60_000)

test('Responsable solo ofrece a quien cubre la necesidad (y al jefe); quien no programa no ve los botones de la oficina', async () => {
  await t.call('jefe', 'coverage', 'create', { title: 'Cabildo abierto', startsAt: at('18:00'), endsAt: at('20:00'), place: 'Coliseo' })
  const user = userEvent.setup({ delay: null })
  const view = await openAs(t, 'profesional', '/cubrimientos')
  await user.click(await screen.findByRole('button', { name: /Cabildo abierto/ }))
  const drawer = await screen.findByRole('dialog', { name: 'Evento' })
  await user.click(await within(drawer).findByRole('button', { name: 'Asignar cubrimiento' }))
  const assign = await screen.findByRole('dialog', { name: 'Asignar cubrimiento' })
  await pick(user, within(assign).getByRole('combobox', { name: /^Necesidad/ }), 'Diseño')
  const responsable = within(assign).getByRole('combobox', { name: /^Responsable/ })
  await user.click(responsable)
  const listbox = await waitFor(() => document.getElementById(responsable.getAttribute('aria-controls') ?? '')!)
  const names = within(listbox).getAllByRole('option', { hidden: true }).map((o) => o.textContent)
  expect(names).toEqual(['Juan Pérez', 'Laura Gómez'])
  view.unmount()

  await openAs(t, 'disenador', '/cubrimientos')
  await user.click(await screen.findByRole('button', { name: /Cabildo abierto/ }))
  const readOnly = await screen.findByRole('dialog', { name: 'Evento' })
  expect(await within(readOnly).findByRole('heading', { name: 'Cabildo abierto' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Nuevo evento' })).toBeNull()
  expect(within(readOnly).queryByRole('button', { name: 'Asignar cubrimiento' })).toBeNull()
  expect(within(readOnly).queryByRole('button', { name: 'Confirmar' })).toBeNull()
}, 60_000)

test('en Mi agenda la persona asignada acepta, inicia y entrega su cubrimiento', async () => {
  const event = await t.call('jefe', 'coverage', 'create', { title: 'Entrega de kits escolares', startsAt: at('09:00'), endsAt: at('11:00'), place: 'IE Pompilio Martínez' })
  await t.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'fotografia', assigneeId: t.users.audiovisual, dueAt: at('15:00') })
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'audiovisual', '/agenda')
  const todaySection = await screen.findByRole('region', { name: 'Hoy' })
  expect(within(todaySection).getByText('Entrega de kits escolares')).toBeTruthy()
  await user.click(within(todaySection).getByRole('button', { name: 'Aceptar fotografía de «Entrega de kits escolares»' }))
  await user.click(await within(todaySection).findByRole('button', { name: 'Iniciar fotografía de «Entrega de kits escolares»' }))
  await user.click(await within(todaySection).findByRole('button', { name: 'Entregar fotografía de «Entrega de kits escolares»' }))
  const deliver = await screen.findByRole('dialog', { name: 'Entregar cubrimiento' })
  await user.type(within(deliver).getByLabelText(/^Nota de entrega/), '80 fotos en la carpeta del evento.')
  await user.click(within(deliver).getByRole('button', { name: 'Marcar como entregado' }))
  expect(await within(todaySection).findByText('Entregada')).toBeTruthy()
  const detail = await t.call('jefe', 'coverage', 'get', { id: event.id })
  expect(detail.coverages[0]).toMatchObject({ state: 'entregada', notes: '80 fotos en la carpeta del evento.' })
})

test('la tarjeta de Inicio muestra los eventos de hoy con quién los cubre, o una línea cuando no hay', async () => {
  connectApi(t, 'jefe')
  useSession.setState({ status: await t.call('jefe', 'app', 'status') })
  const first = renderApp(<HomeCoverageCard />)
  expect(await screen.findByText('Hoy no hay eventos por cubrir.')).toBeTruthy()
  first.unmount()
  const event = await t.call('jefe', 'coverage', 'create', { title: 'Rueda de prensa', startsAt: at('15:00'), endsAt: at('16:00'), place: 'Despacho' })
  await t.call('jefe', 'coverage', 'assign', { eventId: event.id, need: 'video', assigneeId: t.users.audiovisual, dueAt: at('18:00') })
  renderApp(<HomeCoverageCard />)
  expect(await screen.findByText('15:00 · Rueda de prensa')).toBeTruthy()
  expect(screen.getByText('Sofía Martínez')).toBeTruthy()
  expect(screen.getByRole('link', { name: 'Ver el calendario de cubrimientos' }).getAttribute('href')).toBe('/cubrimientos')
})

test('un evento de dos días se programa con «Termina el»; terminar antes de empezar se señala en el campo', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'jefe', '/cubrimientos')
  await user.click(await screen.findByRole('button', { name: 'Nuevo evento' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nuevo evento' })
  await user.click(within(dialog).getByLabelText(/^Nombre del evento/))
  await user.paste('Feria de servicios')
  const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
  await user.type(within(dialog).getByLabelText(/^Fecha/), formatDate(today))
  await user.type(within(dialog).getByLabelText(/^Hora de inicio/), '14:00')
  await user.type(within(dialog).getByLabelText(/^Termina el/), formatDate(yesterday))
  await user.type(within(dialog).getByLabelText(/^Hora de fin/), '12:00')
  await user.click(within(dialog).getByLabelText(/^Lugar/))
  await user.paste('Coliseo municipal')
  await user.click(within(dialog).getByRole('button', { name: 'Programar evento' }))
  await waitFor(() => expect(errorOf(within(dialog).getByLabelText(/^Termina el/))).toContain('El evento no puede terminar antes del día en que empieza.'))
  expect(await t.call('jefe', 'coverage', 'list', { from: yesterday, to: tomorrow })).toHaveLength(0)

  // The next day at noon ends after today's 14:00: the hours are not compared across days.
  await user.clear(within(dialog).getByLabelText(/^Termina el/))
  await user.type(within(dialog).getByLabelText(/^Termina el/), formatDate(tomorrow))
  await user.click(within(dialog).getByRole('button', { name: 'Programar evento' }))
  const drawer = await screen.findByRole('dialog', { name: 'Evento' })
  expect(await within(drawer).findByText(`${formatDate(today)} 14:00 – ${formatDate(tomorrow)} 12:00`)).toBeTruthy()
  const [feria] = await t.call('jefe', 'coverage', 'list', { from: today, to: tomorrow })
  expect(feria).toMatchObject({ startsAt: new Date(at('14:00')).toISOString(), endsAt: new Date(`${tomorrow}T12:00:00-05:00`).toISOString() })
}, 60_000)
