import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReportsPage } from '../../src/renderer/src/pages/ReportsPage'
import { useSession } from '../../src/renderer/src/stores/session'
import { formatDate, isoDateInColombia } from '../../src/shared/dates'
import { makeOffice } from '../support/core'
import { addPlanActivity, pieceInput } from '../support/fixtures'
import { connectApi, errorOf, pick, renderApp } from './support'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
let scratch: string

beforeEach(async () => {
  t = await makeOffice()
  // The month picker offers months up to today's, read from the computer's clock; main must agree.
  t.clock.set(new Date().toISOString())
  scratch = mkdtempSync(join(tmpdir(), 'pauta-informes-'))
})

afterEach(async () => {
  await t.dispose()
  rmSync(scratch, { recursive: true, force: true })
})

async function openAs(clientId: string, ui = <ReportsPage />) {
  connectApi(t, clientId)
  useSession.setState({ status: await t.call(clientId, 'app', 'status') })
  return renderApp(ui, '/informes')
}

/** The preview of a generated PDF: in jsdom pdf.js cannot draw, so the area shows that and the actions stay. */
async function previewOf(title: string) {
  const region = await screen.findByRole('region', { name: `Vista previa: ${title}` }, { timeout: 10_000 })
  await within(region).findByText('No se pudo mostrar la vista previa')
  return region
}

test('el informe mensual se genera, se ve en la vista previa, se guarda en el equipo y se envía a un destino', async () => {
  const user = userEvent.setup({ delay: null })
  await t.call('jefe', 'delivery', 'createDestination', { name: 'Planeación', path: scratch, note: '', active: true })
  await openAs('jefe')
  expect(await screen.findByText('Aún no hay vista previa')).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Generar vista previa' }))
  const [file] = await waitFor(async () => {
    const recent = await t.call('jefe', 'reports', 'recent', {})
    expect(recent).toHaveLength(1)
    return recent
  })
  expect(file).toMatchObject({ kind: 'mensual', mime: 'application/pdf', createdByName: 'Laura Gómez' })
  await previewOf(file!.title)
  expect(screen.getByRole('heading', { name: file!.title })).toBeTruthy()
  expect(screen.getByRole('navigation', { name: 'Generados recientemente' }).textContent).toContain(file!.title)
  expect(screen.getByRole('button', { name: 'Página siguiente' })).toBeTruthy()

  const savedPath = join(scratch, 'informe-mensual.pdf')
  t.host.nextSavePath = savedPath
  await user.click(screen.getByRole('button', { name: 'Guardar como…' }))
  expect((await screen.findByRole('status')).textContent).toContain(`Guardado en ${savedPath}`)
  expect(readFileSync(savedPath).subarray(0, 5).toString()).toBe('%PDF-')

  await user.click(screen.getByRole('button', { name: 'Enviar a destino' }))
  const dialog = await screen.findByRole('dialog', { name: 'Enviar a destino' })
  await pick(user, within(dialog).getByRole('combobox', { name: /^Destino/ }), 'Planeación')
  await user.click(within(dialog).getByRole('button', { name: 'Enviar' }))
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Entregado en /))
  expect(screen.getByRole('status').textContent).toBe(`Entregado en ${join(scratch, file!.fileName)}`)
  expect(readFileSync(join(scratch, file!.fileName)).equals(readFileSync(savedPath))).toBe(true)
})

test('el seguimiento al plan toma las fechas del plan elegido; un periodo al revés se marca junto a «Hasta»', async () => {
  const user = userEvent.setup({ delay: null })
  await addPlanActivity(t, { name: 'Plan de Comunicaciones 2026' })
  await openAs('profesional')

  await pick(user, await screen.findByRole('combobox', { name: 'Informe' }), 'Seguimiento al Plan de Comunicaciones')
  await pick(user, await screen.findByRole('combobox', { name: /^Plan/ }), 'Plan de Comunicaciones 2026')
  const from = screen.getByLabelText(/^Desde/) as HTMLInputElement
  await waitFor(() => expect(from.value).toBe(formatDate('2026-01-01')))

  const to = screen.getByLabelText(/^Hasta/) as HTMLInputElement
  const planEnd = to.value
  await user.clear(to)
  await user.type(to, '15/12/2025')
  await user.click(screen.getByRole('button', { name: 'Generar vista previa' }))
  await waitFor(() => expect(errorOf(to)).toBe('La fecha final no puede ser anterior a la inicial.'))
  expect(await t.call('jefe', 'reports', 'recent', {})).toEqual([])

  await user.clear(to)
  await user.type(to, planEnd)
  await user.click(screen.getByRole('button', { name: 'Generar vista previa' }))
  const file = await waitFor(async () => {
    const [latest] = await t.call('jefe', 'reports', 'recent', {})
    expect(latest).toMatchObject({ kind: 'seguimiento_plan', createdByName: 'Andrés Rojas' })
    return latest!
  })
  await previewOf(file.title)
})

test('«Ficha (PDF)» de una pieza genera su ficha al abrir Informes', async () => {
  const activityId = await addPlanActivity(t)
  const piece = await t.call('profesional', 'pieces', 'create', pieceInput(t, activityId, { title: 'Jornada de vacunación en la plaza', dueDate: isoDateInColombia(new Date(Date.now() + 10 * 86_400_000)) }))
  await openAs('jefe', <ReportsPage pieceId={piece.id} />)

  const file = await waitFor(async () => {
    const [latest] = await t.call('jefe', 'reports', 'recent', {})
    expect(latest).toMatchObject({ kind: 'ficha_pieza' })
    return latest!
  })
  await previewOf(file.title)
  expect(file.title).toContain(piece.code)
  expect(await t.call('jefe', 'reports', 'recent', {})).toHaveLength(1)
})

test('el administrador configura, pero no genera informes', async () => {
  await openAs('administrador')
  expect(await screen.findByText('Su rol no genera informes')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Generar vista previa' })).toBeNull()
})
