import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { isoDateInColombia } from '../../src/shared/dates'
import { periodContaining, periodLabel, previousPeriod } from '../../src/shared/domain/indicators'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { describeInBrowser, launchChromium, openPauta, shot, type PautaPage } from './support'

// The demo office already keeps «Satisfacción de las dependencias…»: this sheet is a new one, with a name of its own.
const SATISFACTION = 'Satisfacción de los periodistas con la atención de la oficina de prensa'
/** Sheets the demo brings, measured by hand and computed by Pauta. */
const DEMO_SHEETS = ['Satisfacción de las dependencias con los productos de comunicación', 'Oportunidad en la publicación de piezas']
const ON_TIME = 'Publicación a tiempo de las piezas'

describeInBrowser('Indicadores, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('el jefe define un indicador, registra una medición manual, calcula otra y ve la serie con la meta', async () => {
    const pauta = await openPauta(browser)
    try {
      await walk(pauta)
      expect(pauta.problems).toEqual([])
    } finally {
      await pauta.close()
    }
  }, 240_000)
})

async function walk(pauta: PautaPage): Promise<void> {
  const { page } = pauta
  const lastMonth = previousPeriod(periodContaining('mensual', isoDateInColombia(new Date())))

  async function choose(scope: Page | Locator, label: RegExp, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).first().click()
    await page.getByRole('option', { name: option, exact: true }).click()
  }

  /** The screen at rest: toasts dismissed, transitions over, the pointer out of the way. */
  async function capture(name: string, { dialog = false } = {}): Promise<void> {
    const toasts = page.locator('.mantine-Notifications-root').getByRole('button')
    await toasts.evaluateAll((buttons) => buttons.forEach((b) => (b as unknown as { click(): void }).click()))
    await expect.poll(() => toasts.count(), { timeout: 5_000 }).toBe(0)
    if (dialog) await page.getByRole('dialog').last().waitFor()
    else await expect.poll(() => page.getByRole('dialog').count(), { timeout: 5_000 }).toBe(0)
    await page.mouse.move(0, 0)
    await page.waitForTimeout(300)
    await shot(page, `indicators-${name}`)
  }

  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, 'indicators', method, input)
    if (!result.ok) throw new Error(`indicators.${method}: ${result.error.message}`)
    return result.value as T
  }

  await page.getByRole('button', { name: 'Cargar datos de ejemplo' }).click()
  await page.getByText('Cuentas de ejemplo').waitFor({ timeout: 90_000 })
  await page.getByRole('row').filter({ hasText: 'Jefe de la oficina' }).getByRole('button', { name: /^Usar la cuenta/ }).click()
  await page.getByRole('button', { name: 'Ingresar' }).click()
  await page.getByRole('link', { name: 'Inicio' }).waitFor()
  await page.getByRole('navigation').getByRole('link', { name: /^Indicadores/ }).click()
  // The office's sheets are already listed; the test's own is not there yet.
  const list = page.getByRole('table', { name: 'Indicadores del proceso' })
  for (const name of DEMO_SHEETS) await list.getByRole('button', { name: `Abrir ${name}`, exact: true }).waitFor()
  expect(await list.getByRole('button', { name: `Abrir ${SATISFACTION}`, exact: true }).count()).toBe(0)
  expect(await list.getByRole('button', { name: `Abrir ${ON_TIME}`, exact: true }).count()).toBe(0)
  await capture('office')

  // 1. A manual sheet, with its traffic-light thresholds.
  await page.getByRole('button', { name: 'Nuevo indicador' }).click()
  const form = page.getByRole('dialog', { name: 'Nuevo indicador' })
  await form.getByLabel(/^Nombre del indicador/).fill(SATISFACTION)
  await form.getByLabel(/^Objetivo/).fill('Conocer si la atención a los periodistas (boletines, ruedas de prensa, solicitudes) responde a lo que necesitan.')
  await form.getByLabel(/^Fórmula/).fill('(Encuestas con calificación buena o excelente / Encuestas respondidas) × 100')
  await choose(form, /^Tipo/, 'Efectividad')
  await choose(form, /^Frecuencia de medición/, 'Mensual')
  await form.getByLabel(/^Meta/).fill('90')
  await form.getByLabel(/^Límite crítico/).fill('75')
  await choose(form, /^Responsable de la medición/, 'Andrés Felipe Gutiérrez')
  await capture('new-sheet', { dialog: true })
  await form.getByRole('button', { name: 'Crear indicador' }).click()
  await page.getByRole('heading', { level: 2, name: SATISFACTION }).waitFor()

  // Earlier months came from the office's spreadsheet.
  const sheet = (await call<{ id: number; name: string }[]>('list', {})).find((s) => s.name === SATISFACTION)!
  expect(sheet).toBeDefined()
  let key = lastMonth
  for (const [numerator, denominator] of [
    [31, 33],
    [24, 26],
    [18, 20],
    [27, 29]
  ]) {
    key = previousPeriod(key)
    await call('record', { sheetId: sheet.id, periodKey: key, numerator, denominator })
  }

  // 2. The month just closed, typed in by hand.
  await page.getByRole('button', { name: 'Registrar medición' }).click()
  const record = page.getByRole('dialog', { name: /^Registrar medición/ })
  await expect.poll(() => record.getByRole('combobox', { name: /^Periodo/ }).inputValue()).toBe(periodLabel(lastMonth))
  await record.getByRole('textbox', { name: /^Numerador/ }).fill('16')
  await record.getByRole('textbox', { name: /^Denominador/ }).fill('20')
  await record.getByText('Resultado: 80 %').waitFor()
  await record.getByLabel(/^Análisis del periodo/).fill('Cuatro periodistas pidieron los boletines con más anticipación; se adelantará el envío.')
  await capture('record-manual', { dialog: true })
  await record.getByRole('button', { name: 'Registrar medición' }).click()
  const measurements = page.getByRole('table', { name: 'Mediciones' })
  await measurements.getByText('80 %').waitFor()
  await measurements.getByRole('row').filter({ hasText: periodLabel(lastMonth) }).getByText('En riesgo').waitFor()
  // The chart draws the goal as a reference line.
  await page.getByText('Meta 90 %', { exact: true }).waitFor()
  expect(await page.locator('.recharts-reference-line').count()).toBe(2)
  expect(await page.locator('.recharts-bar-rectangle').count()).toBe(5)
  await page
    .getByRole('region', { name: 'Historial' })
    .getByText(`Registró la medición de ${periodLabel(lastMonth)} del indicador «${SATISFACTION}»: 80 % (en riesgo)`)
    .waitFor()
  await capture('sheet-chart')

  // 3. A sheet Pauta computes from its own pieces: «Calcular» shows the numerator and denominator first.
  await page.getByRole('button', { name: 'Volver a los indicadores' }).click()
  await page.getByRole('button', { name: 'Nuevo indicador' }).click()
  await choose(form, /^Fuente de los datos/, ON_TIME)
  await expect.poll(() => form.getByLabel(/^Nombre del indicador/).inputValue()).toBe(ON_TIME)
  await choose(form, /^Tipo/, 'Eficacia')
  await choose(form, /^Frecuencia de medición/, 'Mensual')
  await form.getByLabel(/^Meta/).fill('90')
  await form.getByLabel(/^Límite crítico/).fill('75')
  await choose(form, /^Responsable de la medición/, 'Santiago Rozo Malaver')
  await form.getByRole('button', { name: 'Crear indicador' }).click()
  await page.getByRole('heading', { level: 2, name: ON_TIME }).waitFor()
  await page.getByRole('button', { name: 'Registrar medición' }).click()
  await record.getByRole('button', { name: 'Calcular' }).click()
  const result = record.getByLabel('Resultado del cálculo')
  await result.waitFor()
  await result.getByText(/piezas publicadas entre el/).waitFor()
  await capture('compute', { dialog: true })
  await record.getByRole('button', { name: 'Registrar medición' }).click()
  await page.getByRole('table', { name: 'Mediciones' }).getByText('calculada', { exact: false }).waitFor()
  await page.getByText('Meta 90 %', { exact: true }).waitFor()
  await capture('computed-sheet')

  // 4. The list: each sheet's last value and status.
  await page.getByRole('button', { name: 'Volver a los indicadores' }).click()
  await list.getByRole('row').filter({ hasText: SATISFACTION }).getByText('En riesgo').waitFor()
  await list.getByRole('row').filter({ hasText: ON_TIME }).getByText('Calculado por Pauta').waitFor()
  // Among the office's sheets, the new ones sort last: bring them into the list's view for the picture.
  await list.getByRole('row').filter({ hasText: SATISFACTION }).scrollIntoViewIfNeeded()
  await capture('list')

  // 5. Inicio: the sheets below their goal, the critical ones first, five at most and a count of the rest.
  // The demo office already has several sheets in red, so a sheet «en riesgo» may be among the counted ones.
  const alerts = await call<{ sheetId: number; name: string; status: string; value: number; goal: number }[]>('alerts', {})
  const rank = alerts.findIndex((a) => a.sheetId === sheet.id)
  expect(alerts[rank]).toMatchObject({ name: SATISFACTION, status: 'en_riesgo', value: 80, goal: 90 })
  expect(alerts.slice(0, rank).every((a) => a.status === 'critico' || a.name.localeCompare(SATISFACTION, 'es') < 0)).toBe(true)
  await page.getByRole('navigation').getByRole('link', { name: 'Inicio', exact: true }).click()
  const card = page.getByRole('region', { name: 'Indicadores fuera de meta' })
  const shown = alerts.slice(0, 5)
  // The card lists exactly the first five alerts, in order, and counts the rest.
  await expect
    .poll(() => card.getByRole('button').evaluateAll((items) => items.map((i) => (i as unknown as { innerText: string }).innerText.split('\n')[0])))
    .toEqual(shown.map((a) => a.name))
  if (alerts.length > shown.length) await card.getByText(`y ${alerts.length - shown.length} más`, { exact: true }).waitFor()
  if (rank < shown.length) {
    await card.getByText(/80 % en .* · meta 90 %/).waitFor()
    await capture('inicio')
    await card.getByText(SATISFACTION, { exact: true }).click()
  } else {
    // Counted among «y N más»: «Ver indicadores» leads to the list, where it stands «En riesgo».
    expect(await card.getByText(SATISFACTION, { exact: true }).count()).toBe(0)
    await capture('inicio')
    await card.getByRole('link', { name: 'Ver indicadores', exact: true }).click()
    await list.getByRole('row').filter({ hasText: SATISFACTION }).getByText('En riesgo').waitFor()
    await list.getByRole('button', { name: `Abrir ${SATISFACTION}`, exact: true }).click()
  }
  await page.getByRole('heading', { level: 2, name: SATISFACTION }).waitFor()
}
