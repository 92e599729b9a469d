import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppRoutes } from '../../src/renderer/src/AppRoutes'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice, type TestCore } from '../support/core'
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

test('el jefe crea un plan (main rechaza una vigencia al revés), una estrategia y una actividad', async () => {
  const user = userEvent.setup({ delay: null })
  const { location } = await openAs(t, 'jefe', '/plan')
  expect(await screen.findByText('Aún no hay un Plan de Comunicaciones')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Nuevo plan' }))
  const dialog = await screen.findByRole('dialog', { name: 'Nuevo plan' })
  const name = within(dialog).getByLabelText(/^Nombre del plan/)
  await user.clear(name)
  await user.type(name, 'Plan de Comunicaciones 2026')
  const start = within(dialog).getByLabelText(/^Inicio de la vigencia/)
  await user.clear(start)
  await user.type(start, '01/01/2026')
  const end = within(dialog).getByLabelText(/^Fin de la vigencia/)
  await user.clear(end)
  await user.type(end, '31/12/2025')
  await user.click(within(dialog).getByLabelText(/^Descripción/))
  await user.click(within(dialog).getByRole('button', { name: 'Crear plan' }))

  await waitFor(() =>
    expect(errorOf(within(dialog).getByLabelText(/^Fin de la vigencia/))).toContain('La fecha final de la vigencia no puede ser anterior a la inicial.')
  )
  expect(await t.call('jefe', 'plans', 'list')).toEqual([])

  await user.clear(within(dialog).getByLabelText(/^Fin de la vigencia/))
  await user.type(within(dialog).getByLabelText(/^Fin de la vigencia/), '31/12/2026')
  await pick(user, within(dialog).getByRole('combobox', { name: /^Estado/ }), 'Vigente')
  await user.click(within(dialog).getByRole('button', { name: 'Crear plan' }))

  expect(await screen.findByRole('heading', { name: 'Plan de Comunicaciones 2026' })).toBeTruthy()
  const [plan] = await t.call('jefe', 'plans', 'list')
  expect(plan).toMatchObject({ name: 'Plan de Comunicaciones 2026', startsOn: '2026-01-01', endsOn: '2026-12-31', status: 'vigente', scope: 'mixta' })
  expect(location.history?.at(-1)).toBe(`/plan/${plan!.id}`)
  expect(screen.getByText('01/01/2026 – 31/12/2026')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Nueva estrategia' }))
  const strategyDialog = await screen.findByRole('dialog', { name: 'Nueva estrategia' })
  await pick(user, within(strategyDialog).getByRole('combobox', { name: /^Tipo de estrategia/ }), 'Prensa')
  await user.type(within(strategyDialog).getByLabelText(/^Nombre de la estrategia/), 'Relación con medios')
  await user.type(within(strategyDialog).getByLabelText(/^Objetivo/), 'Informar a la ciudadanía por medios regionales')
  await user.click(within(strategyDialog).getByRole('button', { name: 'Crear estrategia' }))

  const section = await screen.findByRole('region', { name: 'Estrategia Relación con medios' })
  expect(within(section).getByText('Esta estrategia aún no tiene actividades. Agréguelas con «Nueva actividad».')).toBeTruthy()

  await user.click(within(section).getByRole('button', { name: 'Nueva actividad en Relación con medios' }))
  const activityDialog = await screen.findByRole('dialog', { name: /^Nueva actividad/ })
  await user.type(within(activityDialog).getByLabelText(/^Descripción de la actividad/), 'Boletines de prensa sobre la gestión')
  await pick(user, within(activityDialog).getByRole('combobox', { name: /^Frecuencia/ }), 'Semanal')
  await pick(user, within(activityDialog).getByLabelText(/^Canales/), 'Prensa')
  await pick(user, within(activityDialog).getByRole('combobox', { name: /^Responsable/ }), 'Andrés Rojas')
  const goal = within(activityDialog).getByLabelText(/^Meta/)
  await user.clear(goal)
  await user.type(goal, '48')
  await user.type(within(activityDialog).getByLabelText(/^Unidad de la meta/), 'boletines')
  await user.click(within(activityDialog).getByRole('button', { name: 'Agregar actividad' }))

  const row = (await within(section).findByText('Boletines de prensa sobre la gestión')).closest('tr')!
  expect(within(row).getByText('Semanal')).toBeTruthy()
  expect(within(row).getByText('Prensa')).toBeTruthy()
  expect(within(row).getByText('Andrés Rojas')).toBeTruthy()
  expect(within(row).getByText('48 boletines')).toBeTruthy()
  expect(within(row).getByText('0 piezas · 0 publicadas')).toBeTruthy()

  const detail = await t.call('jefe', 'plans', 'get', { id: plan!.id })
  const prensa = (await t.call('jefe', 'catalogues', 'list', { kind: 'canal' })).find((c) => c.name === 'Prensa')!
  expect(detail.strategies).toMatchObject([
    {
      kind: 'prensa',
      name: 'Relación con medios',
      activities: [
        { description: 'Boletines de prensa sobre la gestión', frequency: 'semanal', phvaPhase: 'H', channelIds: [prensa.id], responsibleId: t.users.profesional, goalQuantity: 48, goalUnit: 'boletines' }
      ]
    }
  ])
})

test('los demás roles ven el plan sin controles para modificarlo', async () => {
  const created = await t.call('jefe', 'plans', 'create', { name: 'Plan 2026', startsOn: '2026-01-01', endsOn: '2026-12-31', scope: 'externa', status: 'vigente' })
  const strategy = await t.call('jefe', 'plans', 'createStrategy', { planId: created.id, kind: 'digital', name: 'Redes sociales', objective: '' })
  await t.call('jefe', 'plans', 'createActivity', { strategyId: strategy.id, description: 'Parrilla semanal de redes', frequency: 'semanal', phvaPhase: 'H', goalQuantity: 0 })

  await openAs(t, 'profesional', '/plan')
  const user = userEvent.setup({ delay: null })
  await user.click(await screen.findByRole('link', { name: 'Plan 2026' }))

  expect(await screen.findByText('Parrilla semanal de redes')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Editar plan' })).toBeNull()
  expect(screen.queryByRole('button', { name: 'Nueva estrategia' })).toBeNull()
  expect(screen.queryByRole('button', { name: /^Nueva actividad/ })).toBeNull()
  expect(screen.queryByRole('button', { name: /^Editar la actividad/ })).toBeNull()
})
