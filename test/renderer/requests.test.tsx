import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppRoutes } from '../../src/renderer/src/AppRoutes'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice, type TestCore } from '../support/core'
import { addPlanActivity, catalogueId } from '../support/fixtures'
import { connectApi, errorOf, pick, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office


beforeEach(async () => {
  t = await makeOffice()
})

afterEach(async () => {
  await t.dispose()
})

async function openAs(core: TestCore, clientId: string, path: string) {
  connectApi(core, clientId)
  useSession.setState({ status: await core.call(clientId, 'app', 'status') })
  return renderApp(<AppRoutes />, path)
}

async function registerRequest(topic: string) {
  const dependenciaId = await catalogueId(t, 'dependencia', 'Secretaría de Salud')
  return t.call('profesional', 'requests', 'create', {
    dependenciaId,
    requesterName: 'Carlos Medina',
    topic,
    channelIds: [await catalogueId(t, 'canal', 'Facebook'), await catalogueId(t, 'canal', 'Radio')],
    audienceIds: [await catalogueId(t, 'grupo_valor', 'Ciudadanía en general')],
    desiredDate: '2026-03-20'
  })
}

test('un profesional registra una solicitud; rechazarla sin motivo no se permite, y con motivo queda rechazada', async () => {
  const user = userEvent.setup({ delay: null })
  const { location } = await openAs(t, 'profesional', '/solicitudes')
  expect(await screen.findByText('Aún no hay solicitudes')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Nueva solicitud' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nueva solicitud' })
  await pick(user, within(dialog).getByRole('combobox', { name: /^Dependencia/ }), 'Secretaría de Salud')
  await user.type(within(dialog).getByLabelText(/^Solicitante/), 'Carlos Medina')
  await user.type(within(dialog).getByLabelText(/^Tema/), 'Jornada de vacunación')
  await user.type(within(dialog).getByLabelText(/^Fecha deseada/), '20/03/2026')
  await user.click(within(dialog).getByLabelText(/^Contacto/))
  await user.click(within(dialog).getByRole('button', { name: 'Registrar solicitud' }))

  expect(await screen.findByRole('heading', { name: 'Jornada de vacunación' })).toBeTruthy()
  const [row] = await t.call('jefe', 'requests', 'list')
  expect(row).toMatchObject({ topic: 'Jornada de vacunación', requesterName: 'Carlos Medina', dependenciaName: 'Secretaría de Salud', desiredDate: '2026-03-20', state: 'recibida' })
  expect(location.history?.at(-1)).toBe(`/solicitudes/${row!.id}`)
  expect(screen.getByText(row!.code)).toBeTruthy()
  expect(screen.getByText('20/03/2026')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Rechazar' }))
  const reject = await screen.findByRole('dialog', { name: `Rechazar ${row!.code}` })
  await user.click(within(reject).getByRole('button', { name: 'Rechazar solicitud' }))
  await waitFor(() => expect(errorOf(within(reject).getByLabelText(/^Motivo del rechazo/))).toContain('Escriba el motivo del rechazo'))
  expect((await t.call('jefe', 'requests', 'get', { id: row!.id })).state).toBe('recibida')

  await user.type(within(reject).getByLabelText(/^Motivo del rechazo/), 'Se remite a la Secretaría de Gobierno.')
  await user.click(within(reject).getByRole('button', { name: 'Rechazar solicitud' }))

  expect(await screen.findByText('Solicitud rechazada')).toBeTruthy()
  expect(screen.getByText('Se remite a la Secretaría de Gobierno.')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Aceptar y crear piezas' })).toBeNull()
  expect(await t.call('jefe', 'requests', 'get', { id: row!.id })).toMatchObject({ state: 'rechazada', rejectionReason: 'Se remite a la Secretaría de Gobierno.' })
})

test('aceptar una solicitud crea sus piezas, prellenadas con lo que se pidió', async () => {
  const activityId = await addPlanActivity(t)
  const request = await registerRequest('Campaña contra el dengue')
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'profesional', `/solicitudes/${request.id}`)

  await user.click(await screen.findByRole('button', { name: 'Iniciar análisis' }))
  await waitFor(() => expect(screen.getByText('En análisis')).toBeTruthy())
  expect(screen.queryByRole('button', { name: 'Iniciar análisis' })).toBeNull()

  await user.click(screen.getByRole('button', { name: 'Aceptar y crear piezas' }))
  const dialog = await screen.findByRole('dialog', { name: `Aceptar ${request.code} y crear piezas` })
  const first = within(dialog).getByRole('group', { name: 'Pieza 1' })
  expect((within(first).getByLabelText(/^Título/) as HTMLInputElement).value).toBe('Campaña contra el dengue')
  expect((within(first).getByLabelText(/^Fecha de entrega/) as HTMLInputElement).value).toBe('20/03/2026')
  expect(within(first).getByText('Facebook')).toBeTruthy()
  expect(within(first).getByText('Radio')).toBeTruthy()

  // Without type and activity the form says what is missing and main is not asked.
  await user.click(within(dialog).getByRole('button', { name: 'Aceptar y crear la pieza' }))
  await waitFor(() => expect(errorOf(within(first).getByRole('combobox', { name: /^Tipo de pieza/ }))).toContain('Seleccione el tipo de pieza.'))

  await pick(user, within(first).getByRole('combobox', { name: /^Tipo de pieza/ }), 'Boletín de prensa')
  await pick(user, within(first).getByRole('combobox', { name: /^Actividad del plan/ }), /Boletines sobre la gestión/)

  await user.click(within(dialog).getByRole('button', { name: 'Agregar otra pieza' }))
  const second = within(dialog).getByRole('group', { name: 'Pieza 2' })
  const title = within(second).getByLabelText(/^Título/)
  await user.clear(title)
  await user.type(title, 'Cuña radial dengue')
  await pick(user, within(second).getByRole('combobox', { name: /^Tipo de pieza/ }), 'Audio / cuña radial')
  await pick(user, within(second).getByRole('combobox', { name: /^Actividad del plan/ }), /Boletines sobre la gestión/)
  await user.click(within(dialog).getByRole('button', { name: 'Aceptar y crear 2 piezas' }))

  const pieces = await screen.findByText('Piezas de esta solicitud')
  const table = pieces.parentElement!
  expect(await within(table).findByText('Cuña radial dengue')).toBeTruthy()
  expect(within(table).getByText('Campaña contra el dengue')).toBeTruthy()

  const accepted = await t.call('jefe', 'requests', 'get', { id: request.id })
  expect(accepted.state).toBe('aceptada')
  expect(accepted.pieces).toHaveLength(2)
  const link = within(table).getByRole('link', { name: accepted.pieces.find((p) => p.title === 'Cuña radial dengue')!.code })
  expect(link.getAttribute('href')).toMatch(/\/piezas\/\d+$/)
  for (const p of accepted.pieces) {
    const detail = await t.call('jefe', 'pieces', 'get', { id: p.id })
    expect(detail).toMatchObject({ activityId, writerId: t.users.profesional, dueDate: '2026-03-20', channelIds: request.channelIds, audienceIds: request.audienceIds, requestId: request.id })
  }
})

test('la lista filtra por estado y busca por tema', async () => {
  await registerRequest('Festival del Maíz')
  const rejected = await registerRequest('Rendición de cuentas')
  await t.call('jefe', 'requests', 'reject', { id: rejected.id, reason: 'Duplicada' })
  const user = userEvent.setup({ delay: null })
  await openAs(t, 'archivista', '/solicitudes')

  expect(await screen.findByText('Festival del Maíz')).toBeTruthy()
  expect(screen.getByText('Rendición de cuentas')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Nueva solicitud' })).toBeNull()

  await pick(user, screen.getByRole('combobox', { name: 'Estado' }), 'Rechazada')
  await waitFor(() => expect(screen.queryByText('Festival del Maíz')).toBeNull())
  expect(screen.getByText('Rendición de cuentas')).toBeTruthy()

  await user.type(screen.getByLabelText('Buscar'), 'maíz')
  expect(await screen.findByText('Ninguna solicitud coincide')).toBeTruthy()
})
