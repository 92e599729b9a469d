import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { REPO_ROOT } from '../bridge/paths'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { describeInBrowser, launchChromium, openPauta, SCREENSHOT_DIR, shot, writeSamplePng, type PautaPage } from './support'

describeInBrowser('Informes, bandeja de salida y destinos, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('encabezado configurado, informe mensual en vista previa, envío a una carpeta que aún no existe y la bandeja que se vacía', async () => {
    const pauta = await openPauta(browser)
    try {
      await walk(pauta)
    } finally {
      await pauta.close()
    }
  })
})

/** Opens a Mantine select by its label and clicks one of its options. */
async function choose(page: Page, scope: Page | Locator, label: RegExp, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).first().click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** The delivered PDF's first page as a PNG next to the screenshots, drawn by poppler rather than pdf.js. */
function renderFirstPage(pdf: string, name: string): void {
  if (spawnSync('pdftoppm', ['-v']).error) {
    console.warn('pdftoppm no está instalado (poppler-utils): no se guarda la primera página del PDF como PNG.')
    return
  }
  const result = spawnSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, join(SCREENSHOT_DIR, name)])
  expect(result.status, result.stderr?.toString()).toBe(0)
}

/** Waits for Mantine's opening and closing transitions, so a screenshot shows the screen at rest. */
function settled(page: Page): Promise<unknown> {
  // A function, not a string: the app's CSP forbids evaluating strings in the page.
  return page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }
    return document.getAnimations().every((a) => a.playState !== 'running')
  })
}

/** How many pixels of a canvas are not white: a drawn PDF page has text, lines and a logo. */
function inkedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const c = element as unknown as { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } }
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height)
    let inked = 0
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked++
    return inked
  })
}

async function walk(pauta: PautaPage): Promise<void> {
  const { page } = pauta
  const nav = page.getByRole('navigation').first()

  await page.getByRole('button', { name: 'Cargar datos de ejemplo' }).click()
  await page.getByText('Cuentas de ejemplo').waitFor({ timeout: 90_000 })
  await page.getByRole('row').filter({ hasText: 'Jefe de la oficina' }).getByRole('button', { name: /^Usar la cuenta/ }).click()
  await page.getByRole('button', { name: 'Ingresar' }).click()
  await page.getByRole('link', { name: 'Inicio' }).waitFor()

  // 1. The institutional header, with the entity's logo.
  await page.getByRole('link', { name: 'Configuración' }).click()
  await page.getByRole('tab', { name: 'Encabezado de informes' }).click()
  const processName = page.getByLabel(/^Nombre del proceso/)
  await processName.fill('Gestión de las Comunicaciones')
  await page.getByLabel('Código del formato').fill('F-GC-001')
  await page.getByLabel('Versión', { exact: true }).fill('03')
  await page.getByLabel('Fecha de la versión').fill('15/01/2026')
  await page.getByLabel('Fecha de la versión').press('Tab')
  await page.getByRole('button', { name: 'Guardar encabezado' }).click()
  await page.getByText('Encabezado de informes guardado.').waitFor()
  pauta.queuePickedFiles([writeSamplePng(pauta.scratchDir, 'escudo-cajica.png')])
  await page.getByRole('button', { name: 'Elegir logo…' }).click()
  await page.getByRole('img', { name: 'Logo de la entidad' }).waitFor()
  await page.getByRole('button', { name: 'Quitar logo' }).waitFor()
  await shot(page, 'informes-encabezado')
  const header = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, 'reports', 'getHeader', {})
  expect(header).toMatchObject({ ok: true, value: { processName: 'Gestión de las Comunicaciones', documentCode: 'F-GC-001', version: '03', versionDate: '2026-01-15' } })

  // 2. A destination on the planning office's share, which is not there yet.
  const share = join(pauta.scratchDir, 'planeacion', 'informes')
  await page.getByRole('tab', { name: 'Destinos' }).click()
  await page.getByRole('button', { name: 'Nuevo destino' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nuevo destino' })
  await dialog.getByLabel(/^Nombre del destino/).fill('Planeación – informes')
  await dialog.getByLabel(/^Carpeta/).fill(share)
  await dialog.getByLabel('Nota').fill('Carpeta compartida de la Oficina Asesora de Planeación')
  await dialog.getByRole('button', { name: 'Crear destino' }).click()
  await dialog.waitFor({ state: 'detached' })
  await page.getByRole('button', { name: 'Probar «Planeación – informes»' }).click()
  await page.getByRole('status').filter({ hasText: 'No se puede llegar a la carpeta' }).waitFor()
  await shot(page, 'configuracion-destinos')

  // 3. The monthly report, previewed with pdf.js.
  await nav.getByRole('link', { name: 'Informes' }).click()
  await page.getByRole('button', { name: 'Generar vista previa' }).click()
  const preview = page.getByRole('region', { name: /^Vista previa: / })
  const firstPage = preview.getByRole('img', { name: /^Página 1 de \d+$/ })
  await firstPage.waitFor({ timeout: 30_000 })
  await expect.poll(() => inkedPixels(firstPage), { timeout: 15_000 }).toBeGreaterThan(5_000)
  const pages = Number((await firstPage.getAttribute('aria-label'))!.match(/de (\d+)$/)![1])
  await shot(page, 'informes-vista-previa')
  if (pages > 1) {
    await preview.getByRole('button', { name: 'Página siguiente' }).click()
    const second = preview.getByRole('img', { name: `Página 2 de ${pages}` })
    await second.waitFor()
    await expect.poll(() => inkedPixels(second)).toBeGreaterThan(1_000)
    await shot(page, 'informes-vista-previa-pagina-2')
  }
  await preview.getByRole('button', { name: 'Acercar' }).click()
  await preview.getByRole('button', { name: 'Ajustar al ancho' }).click()

  // 4. Sent to the missing folder: it waits in the outbox.
  await page.getByRole('button', { name: 'Enviar a destino' }).click()
  const send = page.getByRole('dialog', { name: 'Enviar a destino' })
  await choose(page, send, /^Destino/, 'Planeación – informes')
  await send.getByRole('button', { name: 'Enviar' }).click()
  await page.getByRole('status').filter({ hasText: 'Quedó en la bandeja de salida' }).waitFor()
  await send.waitFor({ state: 'detached' })
  await settled(page)
  await shot(page, 'informes-en-bandeja')
  await nav.getByLabel('1 por enviar').waitFor()

  await nav.getByRole('link', { name: 'Bandeja de salida' }).click()
  const recent = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, 'reports', 'recent', {})
  if (!recent.ok) throw new Error(recent.error.message)
  const [report] = recent.value as { fileName: string; sha256: string }[]
  const row = page.getByRole('row').filter({ hasText: report!.fileName })
  await row.getByText('Sin entregar (reintentando)').or(row.getByText('Pendiente de envío')).waitFor()
  await shot(page, 'bandeja-de-salida-pendiente')

  // 5. The share comes back: "Reintentar ahora" delivers the file once, whole.
  mkdirSync(share, { recursive: true })
  await row.getByRole('button', { name: /^Reintentar ahora/ }).click()
  await row.waitFor({ state: 'detached' })
  await page.getByText('No hay archivos esperando envío.').waitFor()
  await page.getByRole('switch', { name: 'Mostrar entregados' }).check()
  await page.getByRole('row').filter({ hasText: report!.fileName }).getByText('Entregado', { exact: true }).waitFor()
  await shot(page, 'bandeja-de-salida-entregado')
  expect(readdirSync(share)).toEqual([report!.fileName])
  expect(readFileSync(join(share, report!.fileName)).subarray(0, 5).toString()).toBe('%PDF-')
  renderFirstPage(join(share, report!.fileName), 'informe-mensual-entregado-pagina-1')
  expect(await nav.getByLabel(/por enviar$/).count()).toBe(0)

  // 6. A spreadsheet from a list screen, with its filters.
  await nav.getByRole('link', { name: 'Piezas' }).click()
  await page.getByRole('button', { name: 'Exportar' }).click()
  await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click()
  const ready = page.getByRole('dialog', { name: 'Hoja de cálculo lista' })
  await ready.getByRole('button', { name: 'Enviar a destino' }).waitFor()
  await settled(page)
  await shot(page, 'piezas-exportar')
  await ready.getByRole('button', { name: 'Cerrar', exact: true }).click()
  await ready.waitFor({ state: 'detached' })

  // 7. Social statistics: some typed by hand, a month of TikTok imported from its CSV export.
  const EMPTY = { followers: null, publications: null, reach: null, impressions: null, interactions: null, videoViews: null }
  const facebook = [18250, 18410, 18620, 18790, 19030, 19240, 19510, 19705, 19980, 20310].map((followers, i) => ({
    network: 'facebook',
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    values: { ...EMPTY, followers, publications: 38 + (i % 4) * 3, reach: 61000 + i * 2750, impressions: 143000 + i * 5100, interactions: 4100 + (i % 3) * 620 }
  }))
  const saved = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, 'social', 'save', { rows: facebook })
  expect(saved.ok).toBe(true)
  await nav.getByRole('link', { name: 'Redes sociales' }).click()
  await page.getByRole('button', { name: 'Importar CSV' }).click()
  const wizard = page.getByRole('dialog', { name: 'Importar estadísticas desde un CSV' })
  await choose(page, wizard, /^Red social/, 'TikTok')
  pauta.queuePickedFiles([join(REPO_ROOT, 'test', 'fixtures', 'social', 'tiktok-excel-latin1.csv')])
  await wizard.getByRole('button', { name: 'Elegir archivo CSV…' }).click()
  await wizard.getByText('Latin-1 (ISO-8859-1)').waitFor()
  await settled(page)
  await shot(page, 'redes-importar-csv')
  await wizard.getByRole('button', { name: 'Importar' }).click()
  await wizard.waitFor({ state: 'detached' })
  await page.getByRole('table', { name: 'Estadísticas de TikTok' }).waitFor()
  await page.getByRole('tab', { name: 'Facebook' }).click()
  await page.getByLabel('Seguidores de Facebook en octubre de 2026').waitFor()
  await shot(page, 'redes-sociales')

  // 8. Backups: one made now, then restored; everyone signs in again on the restored data.
  await page.getByRole('link', { name: 'Configuración' }).click()
  await page.getByRole('tab', { name: 'Copias de seguridad' }).click()
  await page.getByRole('button', { name: 'Hacer copia ahora' }).click()
  const restoreButton = page.getByRole('button', { name: /^Restaurar la copia del/ }).first()
  await restoreButton.waitFor({ timeout: 30_000 })
  await shot(page, 'configuracion-copias')
  await restoreButton.click()
  const restore = page.getByRole('dialog', { name: 'Restaurar una copia de seguridad' })
  await restore.getByLabel('Para confirmar, escriba RESTAURAR').fill('RESTAURAR')
  await settled(page)
  await shot(page, 'configuracion-copias-restaurar')
  await restore.getByRole('button', { name: /^Restaurar la copia del/ }).click()
  await page.getByText(/^Se restauró la copia del/).waitFor({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Ingresar' }).waitFor()

  expect(pauta.problems).toEqual([])
}
