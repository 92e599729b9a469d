import { afterEach, beforeEach, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { IndicatorsPage } from '../../src/renderer/src/pages/IndicatorsPage'
import { HomeIndicatorsCard } from '../../src/renderer/src/features/indicators/HomeIndicatorsCard'
import { useIndicatorsView } from '../../src/renderer/src/features/indicators/view-store'
import { useSession } from '../../src/renderer/src/stores/session'
import { isoDateInColombia } from '../../src/shared/dates'
import { periodContaining, periodLabel, periodRange, previousPeriod } from '../../src/shared/domain/indicators'
import { makeOffice } from '../support/core'
import type { Office } from '../support/fixtures'
import { connectApi, errorOf, pick, renderApp } from './support'

let o: Office
// The period selector offers periods counted from the real date, so main's clock is the real one too.
const lastMonth = previousPeriod(periodContaining('mensual', isoDateInColombia(new Date())))

beforeEach(async () => {
  o = await makeOffice()
  o.clock.set(new Date().toISOString())
  useIndicatorsView.setState({ sheetId: null })
})
afterEach(async () => o.dispose())

/** Long texts go in at once: typing them key by key re-renders the whole form each time. */
async function paste(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field)
  await user.paste(text)
}

async function open(role: 'jefe' | 'profesional') {
  connectApi(o, role)
  useSession.setState({ status: await o.call(role, 'app', 'status') })
  return renderApp(<IndicatorsPage />, '/indicadores')
}

test('el jefe define un indicador manual; el formulario señala umbrales invertidos', async () => {
  const user = userEvent.setup({ delay: null })
  await open('jefe')
  expect(await screen.findByText('Aún no hay indicadores')).toBeTruthy()
  await user.click(screen.getByRole('button', { name: 'Nuevo indicador' }))
  const modal = await screen.findByRole('dialog', { name: 'Nuevo indicador' })
  await paste(user, within(modal).getByLabelText(/Nombre del indicador/), 'Satisfacción de las dependencias')
  await paste(user, within(modal).getByLabelText(/^Fórmula/), '(Encuestas con calificación buena o excelente / Encuestas respondidas) × 100')
  await pick(user, within(modal).getByRole('combobox', { name: /^Tipo/ }), 'Efectividad')
  await pick(user, within(modal).getByRole('combobox', { name: /Frecuencia de medición/ }), 'Mensual')
  await paste(user, within(modal).getByLabelText(/^Meta/), '90')
  // A critical limit above the goal is caught before asking main.
  await paste(user, within(modal).getByLabelText(/Límite crítico/), '95')
  await pick(user, within(modal).getByRole('combobox', { name: /Responsable de la medición/ }), 'Andrés Rojas')
  await user.click(within(modal).getByRole('button', { name: 'Crear indicador' }))
  expect(errorOf(within(modal).getByLabelText(/Límite crítico/))).toContain('el límite crítico debe ser menor o igual que la meta')
  await user.clear(within(modal).getByLabelText(/Límite crítico/))
  await paste(user, within(modal).getByLabelText(/Límite crítico/), '75')
  await user.click(within(modal).getByRole('button', { name: 'Crear indicador' }))

  // Creating opens the new sheet.
  expect(await screen.findByRole('heading', { name: 'Satisfacción de las dependencias' })).toBeTruthy()
  expect(screen.getByText(/Aún no hay mediciones/)).toBeTruthy()
  expect(screen.getByText('75 % a 90 %')).toBeTruthy()
  // The jefe sees the sheet's trail.
  expect(await screen.findByText(/^Creó la hoja de vida del indicador «Satisfacción de las dependencias» \(mensual, meta 90 %/)).toBeTruthy()
  // The first render of the app's providers and a large form is slow on a loaded machine.
}, 45_000)

test('la responsable registra una medición manual y la ve en la tabla y en la lista con su semáforo', async () => {
  const user = userEvent.setup({ delay: null })
  const sheet = await o.call('jefe', 'indicators', 'saveSheet', {
    name: 'Satisfacción de las dependencias',
    formula: '(Encuestas con calificación buena o excelente / Encuestas respondidas) × 100',
    type: 'efectividad',
    frequency: 'mensual',
    unit: 'porcentaje',
    direction: 'mayor',
    goal: 90,
    criticalLimit: 75,
    responsibleId: o.users.profesional
  })
  useIndicatorsView.setState({ sheetId: sheet.id })
  await open('profesional')
  await user.click(await screen.findByRole('button', { name: 'Registrar medición' }))
  const record = await screen.findByRole('dialog', { name: /Registrar medición/ })
  expect((within(record).getByRole('combobox', { name: /Periodo/ }) as HTMLInputElement).value).toBe(periodLabel(lastMonth))
  await user.type(within(record).getByRole('textbox', { name: /^Numerador/ }), '17')
  await user.type(within(record).getByLabelText(/Denominador/), '0')
  await user.click(within(record).getByRole('button', { name: 'Registrar medición' }))
  expect(errorOf(within(record).getByLabelText(/Denominador/))).toContain('no hay datos en el periodo')
  await user.clear(within(record).getByLabelText(/Denominador/))
  await user.type(within(record).getByLabelText(/Denominador/), '20')
  expect(within(record).getByText('Resultado: 85 %')).toBeTruthy()
  await paste(user, within(record).getByLabelText(/Análisis del periodo/), 'Tres dependencias pidieron más anticipación.')
  await user.click(within(record).getByRole('button', { name: 'Registrar medición' }))

  const table = await screen.findByRole('table', { name: 'Mediciones' })
  const row = within(table).getByText(periodLabel(lastMonth)).closest('tr')!
  expect(within(row).getByText('85 %')).toBeTruthy()
  expect(within(row).getByText('En riesgo')).toBeTruthy()
  expect(within(row).getByText('Tres dependencias pidieron más anticipación.')).toBeTruthy()
  expect(screen.getByRole('heading', { name: 'Serie y meta' })).toBeTruthy()

  await user.click(screen.getByRole('button', { name: 'Volver a los indicadores' }))
  const list = await screen.findByRole('table', { name: 'Indicadores del proceso' })
  const listed = within(list).getByText('Satisfacción de las dependencias').closest('tr')!
  expect(within(listed).getByText('85 %')).toBeTruthy()
  expect(within(listed).getByText('En riesgo')).toBeTruthy()
})

test('un indicador calculado muestra el numerador y el denominador con «Calcular» antes de registrarlo', async () => {
  const user = userEvent.setup({ delay: null })
  const { from } = periodRange(lastMonth)
  for (const tone of ['positivo', 'neutro', 'negativo', 'positivo'] as const) {
    await o.core.db
      .insertInto('media_clips')
      .values({
        clip_date: from,
        medium: 'Radio Cajicá',
        medium_type: 'radio',
        program: '',
        headline: 'Avanza la obra del parque',
        summary: '',
        tone,
        topic: 'Obras',
        spokesperson: '',
        created_by: o.users.jefe,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString()
      })
      .execute()
  }
  const sheet = await o.call('jefe', 'indicators', 'saveSheet', {
    name: 'Favorabilidad en medios',
    formula: '(Notas positivas o neutras / Notas) × 100',
    type: 'efectividad',
    frequency: 'mensual',
    unit: 'porcentaje',
    direction: 'mayor',
    goal: 80,
    criticalLimit: 60,
    responsibleId: o.users.profesional,
    source: 'medios_favorables'
  })
  useIndicatorsView.setState({ sheetId: sheet.id })
  await open('profesional')
  await user.click(await screen.findByRole('button', { name: 'Registrar medición' }))
  const record = await screen.findByRole('dialog', { name: /Registrar medición/ })
  expect((within(record).getByRole('button', { name: 'Registrar medición' }) as HTMLButtonElement).disabled).toBe(true)
  await user.click(within(record).getByRole('button', { name: 'Calcular' }))
  const result = await within(record).findByLabelText('Resultado del cálculo')
  expect(within(result).getByText('Numerador').nextSibling?.textContent).toBe('3')
  expect(within(result).getByText('Denominador').nextSibling?.textContent).toBe('4')
  expect(within(result).getByText('75 %')).toBeTruthy()
  expect(within(result).getByText(/3 de 4 registros de medios/)).toBeTruthy()
  await user.click(within(record).getByRole('button', { name: 'Registrar medición' }))
  const table = await screen.findByRole('table', { name: 'Mediciones' })
  expect(within(table).getByText('75 %')).toBeTruthy()
  // The responsible records, but only the jefe edits the sheet.
  expect(screen.queryByRole('button', { name: 'Editar hoja de vida' })).toBeNull()
})

test('Inicio muestra los indicadores fuera de meta y abre la hoja', async () => {
  const user = userEvent.setup({ delay: null })
  const base = {
    formula: 'a / b × 100',
    type: 'eficacia' as const,
    frequency: 'mensual' as const,
    unit: 'porcentaje' as const,
    direction: 'mayor' as const,
    goal: 90,
    criticalLimit: 70,
    responsibleId: o.users.profesional
  }
  const red = await o.call('jefe', 'indicators', 'saveSheet', { ...base, name: 'Boletines con cifras verificadas' })
  const green = await o.call('jefe', 'indicators', 'saveSheet', { ...base, name: 'Publicaciones solicitadas atendidas' })
  await o.call('jefe', 'indicators', 'record', { sheetId: red.id, periodKey: lastMonth, numerator: 6, denominator: 10 })
  await o.call('jefe', 'indicators', 'record', { sheetId: green.id, periodKey: lastMonth, numerator: 10, denominator: 10 })
  connectApi(o, 'jefe')
  useSession.setState({ status: await o.call('jefe', 'app', 'status') })
  const { location } = renderApp(<HomeIndicatorsCard />, '/')
  const card = await screen.findByRole('region', { name: 'Indicadores fuera de meta' })
  await waitFor(() => expect(within(card).getByText('Boletines con cifras verificadas')).toBeTruthy())
  expect(within(card).queryByText('Publicaciones solicitadas atendidas')).toBeNull()
  expect(within(card).getByText(`60 % en ${periodLabel(lastMonth)} · meta 90 % · Andrés Rojas`)).toBeTruthy()
  await user.click(within(card).getByText('Boletines con cifras verificadas'))
  expect(location.history?.at(-1)).toBe('/indicadores')
  expect(useIndicatorsView.getState().sheetId).toBe(red.id)
})

test('sin mediciones fuera de meta, Inicio lo dice en una línea', async () => {
  connectApi(o, 'profesional')
  renderApp(<HomeIndicatorsCard />, '/')
  expect(await screen.findByText('Ningún indicador medido está fuera de su meta.')).toBeTruthy()
})

test('el periodo en curso no se registra todavía, pero un indicador calculado se puede calcular', async () => {
  const user = userEvent.setup({ delay: null })
  const sheet = await o.call('jefe', 'indicators', 'saveSheet', {
    name: 'Piezas devueltas para ajustes',
    formula: '(Piezas devueltas / Piezas revisadas) × 100',
    type: 'eficiencia',
    frequency: 'mensual',
    unit: 'porcentaje',
    direction: 'menor',
    goal: 20,
    criticalLimit: 35,
    responsibleId: o.users.profesional,
    source: 'piezas_devueltas'
  })
  useIndicatorsView.setState({ sheetId: sheet.id })
  await open('jefe')
  await user.click(await screen.findByRole('button', { name: 'Registrar medición' }))
  const record = await screen.findByRole('dialog', { name: /Registrar medición/ })
  const current = periodContaining('mensual', isoDateInColombia(new Date()))
  await pick(user, within(record).getByRole('combobox', { name: /Periodo/ }), periodLabel(current))
  expect(within(record).getByText(/termina el .* se registra desde ese día\. Mientras tanto, «Calcular» muestra cómo va\./)).toBeTruthy()
  await user.click(within(record).getByRole('button', { name: 'Calcular' }))
  expect(await within(record).findByText(/^No hay datos en el periodo: no se revisó ninguna pieza/)).toBeTruthy()
  expect((within(record).getByRole('button', { name: 'Registrar medición' }) as HTMLButtonElement).disabled).toBe(true)
})
