import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ArchivePage } from '../../src/renderer/src/pages/ArchivePage'
import { NO_ARCHIVE_FILTERS, useArchiveView } from '../../src/renderer/src/features/archive/view-store'
import { useSession } from '../../src/renderer/src/stores/session'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { seedAsset, seedEvent } from '../main/archive-seed'
import { connectApi, errorOf, pick, renderApp } from './support'

let o: Office

beforeEach(async () => {
  o = await makeOffice()
  useArchiveView.setState({ filters: NO_ARCHIVE_FILTERS, sort: 'fecha_desc', view: 'grid' })
})

afterEach(async () => o.dispose())

async function openRetention(role: 'archivista' | 'profesional') {
  connectApi(o, role)
  useSession.setState({ status: await o.call(role, 'app', 'status') })
  renderApp(<ArchivePage />, '/archivo')
  await userEvent.setup({ delay: null }).click(await screen.findByRole('tab', { name: 'Retención' }))
}

test('el archivista registra una serie, la asigna a la búsqueda actual y ve los vencimientos', async () => {
  const user = userEvent.setup({ delay: null })
  const fiestas = await seedEvent(o, 'Fiestas del Retorno')
  await seedAsset(o, { event_id: fiestas, captured_on: '2020-06-15', title: 'Desfile de comparsas' })
  await seedAsset(o, { captured_on: '2020-06-16', title: 'Consejo de gobierno' })
  useArchiveView.setState({ filters: { ...NO_ARCHIVE_FILTERS, eventId: [fiestas] } })
  await openRetention('archivista')
  expect(await screen.findByText('Aún no hay series documentales')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Nueva serie' }))
  let modal = await screen.findByRole('dialog', { name: 'Nueva serie documental' })
  await user.type(within(modal).getByLabelText(/Código/), '110.25')
  await user.type(within(modal).getByLabelText(/^Serie/), 'Registros audiovisuales')
  await user.type(within(modal).getByLabelText(/Años en archivo de gestión/), '2')
  await user.type(within(modal).getByLabelText(/Años en archivo central/), '8')
  await pick(user, within(modal).getByRole('combobox', { name: /Disposición final/ }), 'Conservación total')
  await user.click(within(modal).getByRole('button', { name: 'Crear serie' }))
  const table = await screen.findByRole('table', { name: 'Series documentales' })
  await waitFor(() => expect(within(table).getByText('Registros audiovisuales')).toBeTruthy())
  expect(within(table).getByText('Conservación total')).toBeTruthy()

  // A repeated code is refused by main, and the message sits next to the field.
  await user.click(screen.getByRole('button', { name: 'Nueva serie' }))
  modal = await screen.findByRole('dialog', { name: 'Nueva serie documental' })
  await user.type(within(modal).getByLabelText(/Código/), '110.25')
  await user.type(within(modal).getByLabelText(/^Serie/), 'Otra serie')
  await user.type(within(modal).getByLabelText(/Años en archivo de gestión/), '1')
  await user.type(within(modal).getByLabelText(/Años en archivo central/), '1')
  await pick(user, within(modal).getByRole('combobox', { name: /Disposición final/ }), 'Eliminación')
  await user.click(within(modal).getByRole('button', { name: 'Crear serie' }))
  await waitFor(() => expect(errorOf(within(modal).getByLabelText(/Código/))).toContain('Ya existe una serie con este código.'))
  await user.click(within(modal).getByRole('button', { name: 'Cancelar' }))

  const assign = screen.getByRole('region', { name: 'Asignar serie a los resultados de la búsqueda actual' })
  await waitFor(() => expect(within(assign).getByText(/: 1 material\./)).toBeTruthy())
  await pick(user, within(assign).getByRole('combobox', { name: 'Serie documental' }), '110.25 Registros audiovisuales')
  await user.click(within(assign).getByRole('button', { name: 'Asignar serie' }))
  await waitFor(async () => {
    const rows = await o.core.db.selectFrom('asset_retention').select(['asset_id', 'starts_on']).execute()
    expect(rows.map((r) => r.starts_on)).toEqual(['2020-06-15'])
  })

  const transferTab = await screen.findByRole('tab', { name: 'Para transferir al archivo central: 1' })
  expect(transferTab).toBeTruthy()
  expect(screen.getByRole('tab', { name: 'Para disposición final: 0' })).toBeTruthy()
  const due = screen.getByRole('table', { name: 'Material para transferir' })
  expect(within(due).getByText('Desfile de comparsas')).toBeTruthy()
  expect(within(due).getByText('15/06/2020')).toBeTruthy()
  expect(within(due).getByText('15/06/2022')).toBeTruthy()
})

test('quien no gestiona la retención solo consulta la tabla y los vencimientos', async () => {
  await o.call('archivista', 'retention', 'saveSerie', {
    code: '110.25',
    serie: 'Registros audiovisuales',
    subserie: '',
    yearsGestion: 2,
    yearsCentral: 8,
    disposition: 'eliminacion'
  })
  await openRetention('profesional')
  const table = await screen.findByRole('table', { name: 'Series documentales' })
  expect(within(table).getByText('Eliminación')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Nueva serie' })).toBeNull()
  expect(screen.queryByRole('region', { name: 'Asignar serie a los resultados de la búsqueda actual' })).toBeNull()
  expect(await screen.findByText('Ningún material ha cumplido su tiempo en el archivo de gestión.')).toBeTruthy()
})
