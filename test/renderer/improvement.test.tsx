import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ImprovementPage } from '../../src/renderer/src/pages/ImprovementPage'
import { HomeImprovementCard } from '../../src/renderer/src/features/improvement/HomeImprovementCard'
import { useSession } from '../../src/renderer/src/stores/session'
import { isoDateInColombia, formatDate } from '../../src/shared/dates'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { connectApi, errorOf, pick, renderApp } from './support'

let o: Office

/** Pastes a long text into a field: typing it key by key only slows the test down. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field)
  await user.paste(text)
}
const today = isoDateInColombia(new Date())
const plus = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

beforeEach(async () => {
  o = await makeOffice()
  o.clock.set(new Date().toISOString())
})
afterEach(async () => o.dispose())

async function openAs(clientId: 'jefe' | 'profesional', ui = <ImprovementPage />) {
  connectApi(o, clientId)
  useSession.setState({ status: await o.call(clientId, 'app', 'status') })
  return renderApp(ui, '/mejora')
}

async function typeDate(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, iso: string) {
  await user.clear(input)
  await user.type(input, `${formatDate(iso)}{Tab}`)
}

test('el jefe registra un hallazgo con una acción (las fechas invertidas se rechazan) y lo cierra cuando la acción llega al 100 %', async () => {
  const user = userEvent.setup({ delay: null })
  await openAs('jefe')
  expect(await screen.findByText('No hay hallazgos abiertos')).toBeTruthy()
  expect(screen.getByText('Ninguna acción está vencida.')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Nuevo hallazgo' }))
  const modal = await screen.findByRole('dialog', { name: 'Nuevo hallazgo' })
  await fill(user, within(modal).getByLabelText(/^Hallazgo/), 'Boletines publicados sin visto bueno')
  await pick(user, within(modal).getByRole('combobox', { name: /^Fuente/ }), 'Auditoría')
  await pick(user, within(modal).getByRole('combobox', { name: /Tipo de acción/ }), 'Correctiva')
  await user.type(within(modal).getByLabelText('Detalle de la fuente'), 'Auditoría interna 2026')
  await user.click(within(modal).getByRole('button', { name: 'Registrar hallazgo' }))

  const drawer = await screen.findByRole('dialog', { name: 'Hallazgo H1' })
  await user.click(await within(drawer).findByRole('button', { name: 'Agregar acción' }))
  const actionModal = await screen.findByRole('dialog', { name: 'Nueva acción del hallazgo H1' })
  await fill(user, within(actionModal).getByLabelText(/^Acción/), 'Turno de aprobación de fin de semana')
  await pick(user, within(actionModal).getByRole('combobox', { name: /Responsable de la acción/ }), 'Andrés Rojas')
  await typeDate(user, within(actionModal).getByLabelText(/^Fecha de inicio/), plus(10))
  await typeDate(user, within(actionModal).getByLabelText(/^Fecha límite/), plus(3))
  await user.click(within(actionModal).getByRole('button', { name: 'Agregar acción' }))
  expect(errorOf(within(actionModal).getByLabelText(/^Fecha límite/))).toContain('La fecha límite no puede ser anterior a la fecha de inicio.')
  await typeDate(user, within(actionModal).getByLabelText(/^Fecha de inicio/), today)
  await user.click(within(actionModal).getByRole('button', { name: 'Agregar acción' }))

  const action = await within(drawer).findByRole('article', { name: 'Acción: Turno de aprobación de fin de semana' })
  expect(within(action).getByText('vence en 3 días')).toBeTruthy()
  expect(within(drawer).getByRole('button', { name: 'Cerrar hallazgo' })).toHaveProperty('disabled', true)
  // The alerts of the page list it among those due this week.
  const soon = screen.getByRole('region', { name: /Vencen en los próximos 7 días/ })
  await waitFor(() => expect(within(soon).getByText(/Turno de aprobación de fin de semana/)).toBeTruthy())

  await user.click(within(action).getByRole('button', { name: 'Registrar avance' }))
  const progress = await screen.findByRole('dialog', { name: 'Registrar avance' })
  const value = within(progress).getByLabelText(/^Avance \(%\)/)
  await user.clear(value)
  await user.type(value, '100')
  await fill(user, within(progress).getByLabelText(/^Evidencia/), 'Turnos aplicados tres fines de semana')
  await user.click(within(progress).getByRole('button', { name: 'Guardar avance' }))
  await waitFor(() => expect(within(drawer).getByRole('button', { name: 'Cerrar hallazgo' })).toHaveProperty('disabled', false))
  expect(within(drawer).getByRole('list', { name: 'Avances registrados' }).textContent).toContain('100 % · Turnos aplicados tres fines de semana')

  await user.click(within(drawer).getByRole('button', { name: 'Cerrar hallazgo' }))
  const closing = await screen.findByRole('dialog', { name: 'Cerrar el hallazgo H1' })
  await fill(user, within(closing).getByLabelText(/^Nota de cierre/), 'Ningún boletín salió sin aprobación.')
  await user.click(within(closing).getByRole('button', { name: 'Cerrar hallazgo' }))
  await waitFor(() => expect(within(drawer).getByText('Ningún boletín salió sin aprobación.')).toBeTruthy())
  expect((await o.call('jefe', 'improvement', 'get', { id: 1 })).state).toBe('cerrado')
}, 90_000)

test('el responsable ve su acción vencida y registra el avance con su evidencia', async () => {
  const finding = await o.call('jefe', 'improvement', 'create', {
    description: 'Piezas sin verificar con la fuente',
    source: 'autoevaluacion',
    actionType: 'preventiva',
    identifiedOn: plus(-20)
  })
  await o.call('jefe', 'improvement', 'addAction', { findingId: finding.id, description: 'Taller de verificación de datos', responsibleId: o.users.profesional, startsOn: plus(-20), dueOn: plus(-2) })
  const user = userEvent.setup({ delay: null })
  await openAs('profesional')
  expect(screen.queryByRole('button', { name: 'Nuevo hallazgo' })).toBeNull()
  const late = await screen.findByRole('region', { name: 'Acciones vencidas (1)' })
  await user.click(within(late).getByRole('button', { name: /Abrir el hallazgo H1/ }))
  const drawer = await screen.findByRole('dialog', { name: 'Hallazgo H1' })
  expect(within(drawer).queryByRole('button', { name: 'Agregar acción' })).toBeNull()
  const action = await within(drawer).findByRole('article', { name: 'Acción: Taller de verificación de datos' })
  expect(within(action).getByText('venció hace 2 días')).toBeTruthy()
  await user.click(within(action).getByRole('button', { name: 'Registrar avance' }))
  const progress = await screen.findByRole('dialog', { name: 'Registrar avance' })
  await user.clear(within(progress).getByLabelText(/^Avance \(%\)/))
  await user.type(within(progress).getByLabelText(/^Avance \(%\)/), '40')
  await user.click(within(progress).getByRole('button', { name: 'Guardar avance' }))
  expect(errorOf(within(progress).getByLabelText(/^Evidencia/))).toContain('Describa la evidencia del avance.')
  await user.type(within(progress).getByLabelText(/^Evidencia/), 'Convocatoria enviada')
  await user.click(within(progress).getByRole('button', { name: 'Guardar avance' }))
  const history = await within(action).findByRole('list', { name: 'Avances registrados' })
  expect(history.textContent).toContain('40 % · Convocatoria enviada')
  expect(history.textContent).toContain('Andrés Rojas')
}, 60_000)

test('la tarjeta de Inicio lista las acciones vencidas y las de la semana, o lo dice cuando no hay', async () => {
  const empty = await openAs('jefe', <HomeImprovementCard />)
  expect(await screen.findByText('Ninguna acción de mejora vence esta semana ni está vencida.')).toBeTruthy()
  expect(screen.getByRole('link', { name: 'Ver el plan de mejoramiento' }).getAttribute('href')).toBe('/mejora')
  empty.unmount()

  const finding = await o.call('jefe', 'improvement', 'create', { description: 'Hallazgo', source: 'otra', actionType: 'mejora', identifiedOn: plus(-10) })
  const add = (description: string, dueOn: string) =>
    o.call('jefe', 'improvement', 'addAction', { findingId: finding.id, description, responsibleId: o.users.community_manager, startsOn: plus(-10), dueOn })
  await add('Ajustar la parrilla de redes', plus(-1))
  await add('Publicar la guía de estilo', plus(5))
  await add('Revisar el manual', plus(30))
  await openAs('jefe', <HomeImprovementCard />)
  const card = await screen.findByRole('region', { name: 'Acciones de mejora' })
  await waitFor(() => expect(within(card).getByText('Ajustar la parrilla de redes')).toBeTruthy())
  expect(within(card).getByText('venció ayer')).toBeTruthy()
  expect(within(card).getByText('1 vencida')).toBeTruthy()
  expect(within(card).getByText('vence en 5 días')).toBeTruthy()
  expect(within(card).queryByText('Revisar el manual')).toBeNull()
})
