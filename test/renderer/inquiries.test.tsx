import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppRoutes } from '../../src/renderer/src/AppRoutes'
import { HomeInquiriesCard } from '../../src/renderer/src/features/inquiries/HomeInquiriesCard'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice, type TestCore } from '../support/core'
import { connectApi, errorOf, pick, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office

// Friday 13 March 2026, 10:00 in Colombia, for main and for the page's own "now" alike.
const NOW = '2026-03-13T15:00:00Z'

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(NOW))
  t = await makeOffice()
  t.clock.set(NOW)
})

afterEach(async () => {
  vi.useRealTimers()
  await t.dispose()
})

async function openAs(core: TestCore, clientId: string, path: string) {
  connectApi(core, clientId)
  useSession.setState({ status: await core.call(clientId, 'app', 'status') })
  return renderApp(<AppRoutes />, path)
}

const seed = (citizen: string, receivedAt: string, assigneeId: number | null = null) =>
  t.call('community_manager', 'inquiries', 'create', { channel: 'instagram', receivedAt, citizen, text: `Pregunta de ${citizen}`, topic: 'Movilidad', assigneeId })

test('el community manager registra una inquietud, se la asigna y la responde a tiempo; la cifra del periodo sube', { timeout: 60_000 }, async () => {
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'community_manager', '/inquietudes')
  expect(await screen.findByText('Aún no hay inquietudes')).toBeTruthy()
  const figures = screen.getByRole('region', { name: 'Cumplimiento del término de respuesta' })
  await within(figures).findByRole('group', { name: 'Recibidas: 0' })
  expect(within(figures).getByRole('group', { name: 'Respondidas dentro del término: —' })).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Nueva inquietud' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nueva inquietud' })
  await user.click(within(dialog).getByRole('button', { name: 'Registrar inquietud' }))
  await waitFor(() => expect(errorOf(within(dialog).getByRole('textbox', { name: /^Ciudadano/ }))).toContain('Escriba el nombre o el usuario'))
  expect(await t.call('jefe', 'inquiries', 'list')).toEqual([])

  await pick(user, within(dialog).getByRole('combobox', { name: /^Canal/ }), 'WhatsApp')
  await user.click(within(dialog).getByRole('textbox', { name: /^Ciudadano/ }))
  await user.paste('Jorge Castillo')
  await user.click(within(dialog).getByRole('textbox', { name: /^Inquietud/ }))
  await user.paste('¿Cuándo abren las inscripciones a la escuela de fútbol?')
  await user.type(within(dialog).getByRole('textbox', { name: /^Tema/ }), 'Deportes')
  await user.click(within(dialog).getByRole('button', { name: 'Registrar inquietud' }))

  // The new inquiry opens in the drawer; received Friday 10:00, due two working days later.
  const drawer = await screen.findByRole('dialog', { name: 'Inquietud N.º 1' })
  expect(await within(drawer).findByText('¿Cuándo abren las inscripciones a la escuela de fútbol?')).toBeTruthy()
  expect(within(drawer).getByText(/17\/03\/2026 · respuesta en redes, 2 días hábiles/)).toBeTruthy()
  const [row] = await t.call('jefe', 'inquiries', 'list')
  expect(row).toMatchObject({ channel: 'whatsapp', citizen: 'Jorge Castillo', receivedAt: '2026-03-13T15:00:00.000Z', dueOn: '2026-03-17', state: 'recibida' })

  await user.click(within(drawer).getByRole('button', { name: 'Asignar' }))
  const assign = await screen.findByRole('dialog', { name: 'Asignar la inquietud N.º 1' })
  await pick(user, within(assign).getByRole('combobox', { name: /^Responsable/ }), 'Mateo Herrera')
  await user.click(within(assign).getByRole('button', { name: 'Asignar' }))
  await waitFor(() => expect(within(drawer).getByText('Asignada')).toBeTruthy())

  await user.click(within(drawer).getByRole('button', { name: 'Responder' }))
  const reply = await screen.findByRole('dialog', { name: 'Responder la inquietud N.º 1' })
  await user.click(within(reply).getByRole('textbox', { name: /^Respuesta/ }))
  await user.paste('Las inscripciones abren el lunes 16 de marzo en el coliseo.')
  await user.click(within(reply).getByRole('button', { name: 'Registrar respuesta' }))

  const answer = await within(drawer).findByRole('region', { name: 'Respuesta' })
  expect(within(answer).getByText('Las inscripciones abren el lunes 16 de marzo en el coliseo.')).toBeTruthy()
  expect(within(drawer).getByText('Respondida a tiempo')).toBeTruthy()
  expect(within(drawer).getByText(/^Respondió la inquietud N.º 1 de Jorge Castillo el 13\/03\/2026/)).toBeTruthy()
  await within(figures).findByRole('group', { name: 'Respondidas dentro del término: 100 %' })
  expect(within(figures).getByRole('group', { name: 'Recibidas: 1' })).toBeTruthy()
  expect(await t.call('jefe', 'inquiries', 'get', { id: row!.id })).toMatchObject({ state: 'respondida', repliedByName: 'Mateo Herrera', answeredInTerm: true })
})

test('las vencidas y las que vencen hoy van primero y resaltadas; los filtros acotan la lista', async () => {
  await seed('@en.termino', '2026-03-13T08:00:00-05:00')
  await seed('@hoy', '2026-03-11T08:00:00-05:00', t.users.profesional)
  await seed('@vencida', '2026-03-05T08:00:00-05:00', t.users.profesional)
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'profesional', '/inquietudes')

  const table = await screen.findByRole('table', { name: 'Inquietudes ciudadanas' })
  const rows = within(table).getAllByRole('row').slice(1)
  expect(rows.map((r) => within(r).getAllByRole('cell')[3]!.textContent)).toEqual(['@vencida', '@hoy', '@en.termino'])
  expect(within(rows[0]!).getByText('Vencida hace 4 días hábiles')).toBeTruthy()
  expect(within(rows[1]!).getByText('Vence hoy')).toBeTruthy()
  expect(within(rows[2]!).getByText('Quedan 2 días hábiles')).toBeTruthy()
  expect(screen.getByRole('group', { name: 'Vencidas sin respuesta: 1' })).toBeTruthy()

  await pick(user, screen.getByRole('combobox', { name: 'Estado' }), 'Recibida')
  await waitFor(() => expect(within(screen.getByRole('table', { name: 'Inquietudes ciudadanas' })).getAllByRole('row')).toHaveLength(2))
  expect(screen.getByText('@en.termino')).toBeTruthy()

  await pick(user, screen.getByRole('combobox', { name: 'Canal' }), 'Facebook')
  expect(await screen.findByText('Ninguna inquietud coincide')).toBeTruthy()
  // Only the jefe and the administrator change the term for network replies.
  expect(screen.queryByRole('button', { name: 'Término de respuesta' })).toBeNull()
})

test('el jefe cambia el término para redes; solo aplica a las inquietudes nuevas', async () => {
  const first = await seed('@antes', '2026-03-13T08:00:00-05:00')
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'jefe', '/inquietudes')
  await user.click(await screen.findByRole('button', { name: 'Término de respuesta' }))
  const dialog = await screen.findByRole('dialog', { name: 'Término de respuesta en redes' })
  const days = within(dialog).getByRole('textbox', { name: /^Días hábiles para responder/ })
  expect((days as HTMLInputElement).value).toBe('2')
  await user.clear(days)
  await user.type(days, '3')
  await user.click(within(dialog).getByRole('button', { name: 'Guardar término' }))
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Término de respuesta en redes' })).toBeNull())

  expect((await t.call('jefe', 'inquiries', 'settings')).networkTermDays).toBe(3)
  expect((await t.call('jefe', 'inquiries', 'get', { id: first.id })).dueOn).toBe('2026-03-17')
  expect((await seed('@despues', '2026-03-13T08:00:00-05:00')).dueOn).toBe('2026-03-18')
})

test('un profesional que no tiene la inquietud asignada no ve «Responder»', async () => {
  const inquiry = await seed('@vecino', '2026-03-13T08:00:00-05:00', t.users.profesional)
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'profesional2', '/inquietudes')
  await user.click(await screen.findByRole('button', { name: `Abrir la inquietud N.º ${inquiry.id}` }))
  const drawer = await screen.findByRole('dialog', { name: `Inquietud N.º ${inquiry.id}` })
  expect(await within(drawer).findByRole('button', { name: 'Reasignar' })).toBeTruthy()
  expect(within(drawer).queryByRole('button', { name: 'Responder' })).toBeNull()
})

test('la tarjeta de Inicio muestra las vencidas y las que vencen hoy, o una línea cuando no hay', async () => {
  connectApi(t, 'jefe')
  const empty = renderApp(<HomeInquiriesCard />)
  expect(await screen.findByText('Ninguna inquietud vence hoy ni está vencida.')).toBeTruthy()
  empty.unmount()

  await seed('@hoy', '2026-03-11T08:00:00-05:00')
  await seed('@vencida', '2026-03-05T08:00:00-05:00')
  await seed('@tranquila', '2026-03-13T08:00:00-05:00')
  renderApp(<HomeInquiriesCard />)
  const card = await screen.findByRole('region', { name: 'Inquietudes por vencer' })
  expect(await within(card).findByText('1 vencida')).toBeTruthy()
  expect(within(card).getByText('1 vence hoy')).toBeTruthy()
  expect(within(card).getByText('Pregunta de @vencida')).toBeTruthy()
  expect(within(card).getByText('Pregunta de @hoy')).toBeTruthy()
  expect(within(card).queryByText('Pregunta de @tranquila')).toBeNull()
  expect(within(card).getByRole('link', { name: 'Ver inquietudes' }).getAttribute('href')).toBe('/inquietudes')
})
