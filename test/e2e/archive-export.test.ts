import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { exportsIdle } from '../../src/main/archive-export/engine'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { validateBag } from '../main/archive-export-support'
import { describeInBrowser, launchChromium, openPauta, shot, type PautaPage } from './support'

describeInBrowser('Exportación del archivo en BagIt, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('seleccionar material, exportarlo como paquete BagIt, revisar el paquete y programar la verificación', async () => {
    const pauta = await openPauta(browser)
    try {
      await walk(pauta)
      expect(pauta.problems).toEqual([])
    } finally {
      await pauta.close()
    }
  }, 180_000)
})

const PHOTOS = [
  { name: 'IMG_5201.JPG', title: 'Alcalde inaugura el parque de La Estación', color: '#2a9d8f' },
  { name: 'IMG_5202.JPG', title: 'Niños del colegio Pablo Herrera en la inauguración', color: '#e76f51' },
  { name: 'IMG_5203.JPG', title: 'Corte de cinta en el parque', color: '#264653' },
  { name: 'IMG_5204.JPG', title: 'Vista general del parque', color: '#f4a261' }
]

async function photo(color: string, label: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"><rect width="900" height="600" fill="${color}"/>
    <text x="40" y="540" font-family="sans-serif" font-size="60" fill="#ffffff">${label}</text></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).withExif({ IFD0: { Make: 'Canon', Model: 'Canon EOS R6', Artist: 'Sofía Martínez' }, IFD2: { DateTimeOriginal: '2026:03:09 10:15:00' } }).toBuffer()
}

function settled(page: Page): Promise<unknown> {
  // A function, not a string: the app's CSP forbids evaluating strings in the page.
  return page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }
    return document.getAnimations().every((a) => a.playState !== 'running' || a.constructor.name === 'CSSAnimation')
  })
}

/** The office, the archivist signed in, and a catalogued folder of photos, set up through the contract. */
async function prepare(pauta: PautaPage): Promise<void> {
  const call = async (domain: string, name: string, input: unknown) => {
    const result = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, domain, name, input)
    if (!result.ok) throw new Error(`${domain}.${name}: ${result.error.message}`)
    return result.value as never
  }
  await call('app', 'setup', { entityName: 'Alcaldía de Cajicá', officeName: 'Oficina Asesora de Comunicaciones', jefe: { fullName: 'Laura Gómez', username: 'laura', password: 'clave-segura-1' } })
  await call('users', 'create', { username: 'rosa', fullName: 'Rosa Castro', role: 'archivista', email: '', password: 'clave-segura-1' })
  const folder = join(pauta.scratchDir, 'Inauguracion parque')
  mkdirSync(folder, { recursive: true })
  for (const p of PHOTOS) writeFileSync(join(folder, p.name), await photo(p.color, p.name))
  const job: { id: number } = await call('ingest', 'start', { sourcePath: folder, mode: 'copiar', template: { city: 'Cajicá', place: 'Parque de La Estación', keywords: ['parque', 'inauguración'] } })
  await expect.poll(async () => ((await call('ingest', 'get', { id: job.id })) as { state: string }).state, { timeout: 60_000 }).toBe('terminada')
  const search: { items: { id: number; originalName: string }[] } = await call('archive', 'search', {})
  for (const p of PHOTOS) {
    const asset = search.items.find((a) => a.originalName === p.name)!
    await call('archive', 'update', { id: asset.id, title: p.title, keywords: ['parque', 'inauguración'], creator: 'Sofía Martínez', city: 'Cajicá', place: 'Parque de La Estación', status: 'catalogado' })
  }
  const kids = search.items.find((a) => a.originalName === 'IMG_5202.JPG')!
  await call('archive', 'setConsent', { id: kids.id, status: 'pendiente', minors: true })
  await call('auth', 'logout', {})
  await call('auth', 'login', { username: 'rosa', password: 'clave-segura-1' })
}

async function walk(pauta: PautaPage): Promise<void> {
  const { page } = pauta
  await prepare(pauta)
  await page.reload()
  await page.getByRole('link', { name: 'Archivo audiovisual' }).click()
  const grid = page.getByRole('region', { name: 'Material del archivo' })
  await grid.getByRole('button', { name: PHOTOS[0]!.title }).waitFor()

  // 1. Select three photos with the selection mode.
  await page.getByRole('button', { name: 'Seleccionar', exact: true }).click()
  for (const p of PHOTOS.slice(0, 3)) await grid.getByRole('button', { name: p.title }).click()
  const bar = page.getByRole('toolbar', { name: 'Selección' })
  await bar.getByText('3 seleccionados').waitFor()
  await settled(page)
  await shot(page, 'archive-export-seleccion')

  // 2. The export modal: what goes, the consent warning, where and how.
  await bar.getByRole('button', { name: 'Exportar selección' }).click()
  const modal = page.getByRole('dialog', { name: 'Exportar selección (paquete BagIt)' })
  await modal.getByText('Autorización de uso de imagen sin resolver').waitFor()
  await modal.getByText(`${PHOTOS[1]!.title} — Pendiente`).waitFor()
  await modal.getByLabel(/^Nombre del paquete/).fill('Inauguración parque La Estación')
  const destination = join(pauta.scratchDir, 'Planeacion compartida')
  mkdirSync(destination)
  pauta.bridge.host.queueFolder(destination)
  await modal.getByRole('button', { name: 'Elegir carpeta…' }).click()
  await expect.poll(() => modal.getByLabel(/^Carpeta de destino/).inputValue()).toBe(destination)
  await modal.getByLabel('Escribir los metadatos dentro de las copias JPEG').check()
  await settled(page)
  await shot(page, 'archive-export-modal')

  // 3. Export, follow it to the end.
  await modal.getByRole('button', { name: 'Exportar paquete' }).click()
  const running = page.getByRole('dialog', { name: 'Avance de la exportación' })
  await running.getByText('Paquete listo').waitFor({ timeout: 30_000 })
  await settled(page)
  await shot(page, 'archive-export-listo')

  // 4. The bag on disk is complete and valid.
  await exportsIdle(pauta.bridge.running.core)
  const bag = join(destination, 'Inauguración parque La Estación')
  expect(readdirSync(destination)).toEqual(['Inauguración parque La Estación'])
  const { payload, info } = validateBag(bag)
  expect([...payload.keys()].sort()).toEqual(
    ['data/IMG_5201.JPG', 'data/IMG_5201.JPG.xmp', 'data/IMG_5202.JPG', 'data/IMG_5202.JPG.xmp', 'data/IMG_5203.JPG', 'data/IMG_5203.JPG.xmp', 'data/metadatos.csv', 'data/metadatos.json'].sort()
  )
  expect(info.get('Source-Organization')).toBe('Alcaldía de Cajicá')
  expect(info.get('Pauta-Autorizacion-Uso-Imagen')).toMatch(/^ATENCIÓN: 1 material tiene/)
  expect(readFileSync(join(bag, 'data', 'IMG_5201.JPG')).includes(Buffer.from(PHOTOS[0]!.title))).toBe(true)
  expect(existsSync(`${bag}.partial`)).toBe(false)
  await running.getByRole('button', { name: 'Listo' }).click()
  await running.waitFor({ state: 'detached' })

  // 5. The exports tab keeps the record.
  await page.getByRole('tab', { name: 'Exportaciones' }).click()
  await page.getByRole('table', { name: 'Exportaciones' }).getByText('Inauguración parque La Estación').waitFor()
  await settled(page)
  await shot(page, 'archive-export-historial')

  // 6. Fixity on a schedule, in the Integridad tab.
  await page.getByRole('tab', { name: 'Integridad' }).click()
  await page.getByRole('combobox', { name: 'Frecuencia' }).click()
  await page.getByRole('option', { name: 'Cada semana' }).click()
  await page.getByRole('combobox', { name: 'Día de la semana' }).click()
  await page.getByRole('option', { name: 'Domingo' }).click()
  await page.getByRole('combobox', { name: 'Hora' }).click()
  await page.getByRole('option', { name: '02:00' }).click()
  await page.getByRole('button', { name: 'Guardar programación' }).click()
  await page.getByText('Verificación programada: cada semana, los domingos a las 02:00.').waitFor()
  await page.getByText('Próxima:').waitFor()
  await settled(page)
  await shot(page, 'archive-export-verificacion-programada')

  // 7. A folder dragged over the window: the overlay; in the browser, the note to use «Elegir carpeta».
  await page.getByRole('tab', { name: 'Material' }).click()
  const zone = page.getByTestId('zona-soltar-carpeta')
  const dataTransfer = await page.evaluateHandle(() => {
    // Runs in the page: its DataTransfer is not in this file's (Node) type library.
    const { DataTransfer: Transfer } = globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } }
    const transfer = new Transfer()
    transfer.items.add(new File(['x'], 'Fotos evento'))
    return transfer
  })
  await zone.dispatchEvent('dragenter', { dataTransfer })
  await page.getByRole('status', { name: 'Suelte la carpeta para ingestarla' }).waitFor()
  await shot(page, 'archive-export-soltar-carpeta')
  await zone.dispatchEvent('drop', { dataTransfer })
  await page.getByText('Arrastrar carpetas funciona en la aplicación de escritorio; use «Elegir carpeta».').waitFor()
  await settled(page)
  await shot(page, 'archive-export-soltar-en-navegador')
}
