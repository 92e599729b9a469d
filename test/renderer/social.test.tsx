import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SocialStatsPage } from '../../src/renderer/src/pages/SocialStatsPage'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import { connectApi, pick, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
// A whole past year: every month of it is open for figures, whatever today's date is.
const year = new Date().getFullYear() - 1
const EMPTY = { followers: null, publications: null, reach: null, impressions: null, interactions: null, videoViews: null }

beforeEach(async () => {
  t = await makeOffice()
  // The screen reads today from the computer's clock; main must agree on which months already happened.
  t.clock.set(new Date().toISOString())
})

afterEach(async () => {
  await t.dispose()
})

async function openAs(clientId: string) {
  connectApi(t, clientId)
  useSession.setState({ status: await t.call(clientId, 'app', 'status') })
  renderApp(<SocialStatsPage />, '/redes')
  const user = userEvent.setup({ delay: null })
  await pick(user, await screen.findByRole('combobox', { name: 'Año' }), String(year))
  return user
}

test('la community manager escribe dos cifras de febrero, ve el cambio frente a enero y guarda solo ese mes', async () => {
  await t.call('jefe', 'social', 'save', { rows: [{ network: 'facebook', month: `${year}-01`, values: { ...EMPTY, followers: 12000, reach: 40000 } }] })
  const [january] = await t.call('jefe', 'social', 'list', { year })
  const user = await openAs('community_manager')

  const janFollowers = await screen.findByLabelText(`Seguidores de Facebook en enero de ${year}`)
  await waitFor(() => expect((janFollowers as HTMLInputElement).value).toBe('12.000'))
  const febFollowers = screen.getByLabelText(`Seguidores de Facebook en febrero de ${year}`)
  await user.type(febFollowers, '12600')
  expect((febFollowers as HTMLInputElement).value).toBe('12.600')
  await user.type(screen.getByLabelText(`Alcance de Facebook en febrero de ${year}`), '30000')
  const febRow = febFollowers.closest('tr')!
  expect(within(febRow).getByText('▲ 5,0 %')).toBeTruthy()
  expect(within(febRow).getByText('▼ 25,0 %')).toBeTruthy()
  expect(screen.getByText('1 mes con cambios sin guardar')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Guardar cambios' }))
  await waitFor(() => expect(screen.queryByText('1 mes con cambios sin guardar')).toBeNull())
  const rows = await t.call('jefe', 'social', 'list', { year })
  expect(rows.find((r) => r.month === `${year}-02`)).toMatchObject({
    network: 'facebook',
    source: 'manual',
    updatedByName: 'Mateo Herrera',
    values: { ...EMPTY, followers: 12600, reach: 30000 }
  })
  // January was not touched, so it was not sent again.
  expect(rows.find((r) => r.month === `${year}-01`)).toEqual(january)
  expect((screen.getByRole('button', { name: 'Guardar cambios' }) as HTMLButtonElement).disabled).toBe(true)
})

test('borrar una cifra y volverla a escribir igual no deja cambios pendientes; otras redes van en su pestaña', async () => {
  await t.call('jefe', 'social', 'save', { rows: [{ network: 'instagram', month: `${year}-03`, values: { ...EMPTY, followers: 800 } }] })
  const user = await openAs('jefe')
  await user.click(await screen.findByRole('tab', { name: 'Instagram' }))
  const cell = await screen.findByLabelText(`Seguidores de Instagram en marzo de ${year}`)
  await waitFor(() => expect((cell as HTMLInputElement).value).toBe('800'))
  await user.clear(cell)
  expect(screen.getByText('1 mes con cambios sin guardar')).toBeTruthy()
  await user.type(cell, '800')
  expect(screen.queryByText(/con cambios sin guardar/)).toBeNull()
})

test('un diseñador consulta las cifras pero no las edita ni importa', async () => {
  await t.call('jefe', 'social', 'save', { rows: [{ network: 'facebook', month: `${year}-05`, values: { ...EMPTY, interactions: 1500 } }] })
  await openAs('disenador')
  const cell = await screen.findByLabelText(`Interacciones de Facebook en mayo de ${year}`)
  await waitFor(() => expect((cell as HTMLInputElement).value).toBe('1.500'))
  expect((cell as HTMLInputElement).readOnly).toBe(true)
  expect(screen.queryByRole('button', { name: 'Guardar cambios' })).toBeNull()
  expect(screen.queryByRole('button', { name: 'Importar CSV' })).toBeNull()
})
