import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { IngestJob } from '../../src/shared/contract'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { describeInBrowser, launchChromium, openPauta, shot, type PautaPage } from './support'

describeInBrowser('Catalogación en lote y búsquedas guardadas, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('selecciona varias fotos, las edita en lote, las encuentra por la palabra nueva y guarda la búsqueda', async () => {
    const pauta = await openPauta(browser)
    try {
      await walk(pauta)
      expect(pauta.problems).toEqual([])
    } finally {
      await pauta.close()
    }
  }, 180_000)
})

const HUES = ['#e76f51', '#2a9d8f', '#e9c46a', '#264653', '#f4a261', '#8ab17d', '#6d597a', '#219ebc']

/** A 900×600 "photo" with its EXIF date, so the grid orders them by the minute they were taken. */
async function photo(i: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600">
    <rect width="900" height="600" fill="${HUES[i % HUES.length]}"/>
    <circle cx="${200 + i * 70}" cy="240" r="110" fill="#ffffff" fill-opacity="0.35"/>
    <text x="50" y="540" font-family="sans-serif" font-size="72" fill="#ffffff">Festival ${i + 1}</text>
  </svg>`
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 75 })
    .withExif({ IFD0: { Artist: 'Sofía Martínez' }, IFD2: { DateTimeOriginal: `2026:06:20 10:${String(10 + i).padStart(2, '0')}:00` } })
    .toBuffer()
}

async function call<T>(pauta: PautaPage, domain: string, method: string, input: unknown): Promise<T> {
  const answer = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, domain, method, input)
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value as T
}

/** An office with its jefe signed in and eight photos ingested through the contract, previews made. */
async function prepare(pauta: PautaPage): Promise<number> {
  await call(pauta, 'app', 'setup', {
    entityName: 'Alcaldía de Cajicá',
    officeName: 'Oficina Asesora de Comunicaciones',
    jefe: { fullName: 'Laura Gómez Ríos', username: 'lgomez', password: 'cajica-prensa-2026' }
  })
  const event = await call<{ id: number }>(pauta, 'archive', 'saveEvent', { name: 'Festival de Verano Cajicá 2026', date: '2026-06-20', place: 'Parque principal' })
  const folder = join(pauta.scratchDir, 'FESTIVAL')
  mkdirSync(folder, { recursive: true })
  for (let i = 0; i < 8; i++) writeFileSync(join(folder, `DSC_${String(7001 + i)}.JPG`), await photo(i))
  const job = await call<IngestJob>(pauta, 'ingest', 'start', { sourcePath: folder, mode: 'copiar' })
  await expect
    .poll(async () => {
      const now = await call<IngestJob>(pauta, 'ingest', 'get', { id: job.id })
      return now.state === 'terminada' && now.previewsPending === 0 ? now.catalogued : -1
    }, { timeout: 60_000, interval: 250 })
    .toBe(8)
  return event.id
}

/** Waits for Mantine's transitions, so a screenshot shows the screen at rest. */
function settled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }
    return document.getAnimations().every((a) => a.playState !== 'running' || a.constructor.name === 'CSSAnimation')
  })
}

async function walk(pauta: PautaPage): Promise<void> {
  const { page } = pauta
  const eventId = await prepare(pauta)
  // The page opened before the office existed: a reload reads the new session.
  await page.goto(`${pauta.bridge.url}#/archivo`)
  await page.reload()
  const grid = page.getByRole('region', { name: 'Material del archivo' })
  await grid.getByRole('button', { name: 'DSC_7008.JPG' }).waitFor()
  await page.getByText('8 resultados').waitFor()
  await expect
    .poll(() => grid.locator('img').evaluateAll((imgs) => imgs.filter((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0).length))
    .toBeGreaterThanOrEqual(8)

  // 1. Select: a click, then a Shift-click for the range, then Ctrl-click to leave one out. The
  // photos share their date, so the grid's order (date, then catalogue order) is read from the page.
  const order = await grid.getByRole('button').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label') ?? ''))
  expect(order).toHaveLength(8)
  const batch = [order[0]!, order[1]!, order[3]!, order[4]!]
  await page.getByRole('button', { name: 'Seleccionar' }).click()
  const bar = page.getByRole('toolbar', { name: 'Selección' })
  await grid.getByRole('button', { name: order[0] }).click()
  await grid.getByRole('button', { name: order[4] }).click({ modifiers: ['Shift'] })
  await grid.getByRole('button', { name: order[2] }).click({ modifiers: ['Control'] })
  await bar.getByText('4 seleccionados').waitFor()
  expect(await grid.getByRole('button', { pressed: true }).count()).toBe(4)
  await settled(page)
  await shot(page, 'archive-batch-seleccion')

  // 2. Batch edit: the event and a keyword, checked in the preview before applying.
  await bar.getByRole('button', { name: 'Editar en lote' }).click()
  const modal = page.getByRole('dialog', { name: 'Editar en lote' })
  const fields = modal.getByRole('group', { name: 'Campos que cambian' })
  // A chip's checkbox is visually hidden: the person clicks its label.
  await fields.getByText('Evento', { exact: true }).click()
  await fields.getByText('Estado de catalogación', { exact: true }).click()
  await expect.poll(() => fields.getByRole('checkbox', { checked: true }).count()).toBe(2)
  await modal.getByRole('combobox', { name: 'Evento' }).click()
  await page.getByRole('option', { name: /^Festival de Verano Cajicá 2026/ }).click()
  await modal.getByLabel('Añadir palabras clave').fill('Música en el parque')
  await modal.getByLabel('Añadir palabras clave').press('Enter')
  await settled(page)
  await shot(page, 'archive-batch-formulario')
  await modal.getByRole('button', { name: 'Revisar el cambio' }).click()
  const preview = modal.getByRole('region', { name: 'Vista previa del lote' })
  await preview.getByText('Se modificarán 4 materiales:').waitFor()
  await preview.getByText('Evento: «Festival de Verano Cajicá 2026»').waitFor()
  await preview.getByText('Estado de catalogación: Catalogado').waitFor()
  await preview.getByText('Añadir palabras clave: Música en el parque').waitFor()
  await settled(page)
  await shot(page, 'archive-batch-vista-previa')
  await modal.getByRole('button', { name: 'Aplicar a 4 materiales' }).click()
  await page.getByText('Se actualizaron 4 materiales.').waitFor()
  await modal.waitFor({ state: 'detached' })
  await bar.getByRole('button', { name: 'Quitar selección' }).click()

  // 3. The new keyword finds them, without its accents.
  await page.getByLabel('Buscar en el archivo').fill('musica parque')
  await page.getByText('4 resultados').waitFor()
  await expect.poll(() => grid.getByRole('button').count()).toBe(4)
  for (const name of batch) await grid.getByRole('button', { name }).waitFor()
  await settled(page)
  await shot(page, 'archive-batch-busqueda')

  // 4. Save the search, shared with the office, and apply it again later.
  await page.getByRole('button', { name: 'Búsquedas guardadas' }).click()
  await page.getByRole('menuitem', { name: 'Guardar la búsqueda actual…' }).click()
  const save = page.getByRole('dialog', { name: 'Guardar la búsqueda' })
  await save.getByLabel(/^Nombre de la búsqueda/).fill('Festival de verano: música')
  await save.getByLabel(/^Compartir con la oficina/).check()
  await settled(page)
  await shot(page, 'archive-batch-guardar-busqueda')
  await save.getByLabel(/^Nombre de la búsqueda/).press('Enter')
  await page.getByText('Se guardó la búsqueda «Festival de verano: música».').waitFor()
  await save.waitFor({ state: 'detached' })

  await page.getByLabel('Buscar en el archivo').fill('')
  await page.getByText('8 resultados').waitFor()
  await page.getByRole('button', { name: 'Búsquedas guardadas' }).click()
  await page.getByRole('menuitem', { name: 'Festival de verano: música' }).waitFor()
  await settled(page)
  await shot(page, 'archive-batch-menu-busquedas')
  await page.getByRole('menuitem', { name: 'Festival de verano: música' }).click()
  await expect.poll(() => page.getByLabel('Buscar en el archivo').inputValue()).toBe('musica parque')
  await page.getByText('4 resultados').waitFor()

  // 5. Everything found as the batch: the export of the selection opens on it.
  await page.getByRole('button', { name: 'Seleccionar' }).click()
  await bar.getByRole('button', { name: 'Seleccionar todo lo encontrado (4)' }).click()
  await bar.getByText('Todo lo encontrado: 4').waitFor()
  await settled(page)
  await shot(page, 'archive-batch-todo-lo-encontrado')
  await bar.getByRole('button', { name: 'Exportar selección' }).click()
  const exporting = page.getByRole('dialog', { name: 'Exportar selección (paquete BagIt)' })
  await exporting.waitFor()
  await page.keyboard.press('Escape')
  await exporting.waitFor({ state: 'detached' })

  // The list view shows the same selection, with its checkboxes.
  await page.getByRole('radio', { name: 'Lista' }).focus()
  await page.keyboard.press('Space')
  await grid.getByRole('table').getByText(batch[0]!).waitFor()
  expect(await grid.locator('tr[aria-selected="true"]').count()).toBe(4)
  await settled(page)
  await shot(page, 'archive-batch-lista')

  const found = await call<{ total: number }>(pauta, 'archive', 'search', { filters: { text: 'musica', eventId: [eventId], status: ['catalogado'] } })
  expect(found.total).toBe(4)
}
