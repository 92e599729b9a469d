import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { PieceRow } from '../../src/shared/contract'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { describeInBrowser, launchChromium, openPauta, shot, type PautaPage } from './support'

describeInBrowser('Archivo audiovisual, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('ingesta de una carpeta con su avance, catalogación, búsqueda sin tildes y vista previa', async () => {
    const pauta = await openPauta(browser)
    try {
      await walk(pauta)
      expect(pauta.problems).toEqual([])
    } finally {
      await pauta.close()
    }
  }, 180_000)
})

const SCENES = [
  { hue: ['#f4a261', '#e76f51'], label: 'Plaza' },
  { hue: ['#2a9d8f', '#264653'], label: 'Parque' },
  { hue: ['#8ecae6', '#219ebc'], label: 'Cielo' },
  { hue: ['#ffb703', '#fb8500'], label: 'Mercado' },
  { hue: ['#90be6d', '#43aa8b'], label: 'Vereda' },
  { hue: ['#cdb4db', '#6d597a'], label: 'Teatro' }
]

/** A 1200×800 "photo" (gradient, shapes and a caption) with a camera, an author and the date taken in its EXIF. */
async function photo(i: number): Promise<Buffer> {
  const scene = SCENES[i % SCENES.length]!
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${scene.hue[0]}"/><stop offset="1" stop-color="${scene.hue[1]}"/></linearGradient></defs>
    <rect width="1200" height="800" fill="url(#g)"/>
    <circle cx="${250 + i * 60}" cy="260" r="120" fill="#ffffff" fill-opacity="0.35"/>
    <rect x="0" y="560" width="1200" height="240" fill="#000000" fill-opacity="0.25"/>
    <text x="60" y="700" font-family="sans-serif" font-size="90" fill="#ffffff">${scene.label} ${i + 1}</text>
  </svg>`
  const minute = String(10 + i).padStart(2, '0')
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'Canon', Model: 'Canon EOS R6', Artist: 'Sofía Martínez' },
      IFD2: { DateTimeOriginal: `2026:03:12 09:${minute}:00` }
    })
    .toBuffer()
}

/** A memory card: ten photos in a DCIM subfolder, a truncated JPEG and an empty file. */
async function memoryCard(root: string): Promise<string> {
  const dcim = join(root, 'MEMORIA', 'DCIM', '100CANON')
  mkdirSync(dcim, { recursive: true })
  for (let i = 0; i < 10; i++) writeFileSync(join(dcim, `IMG_${String(4100 + i)}.JPG`), await photo(i))
  const good = await photo(11)
  writeFileSync(join(dcim, 'IMG_4199 dañada.JPG'), good.subarray(0, 600))
  writeFileSync(join(dcim, 'vacío.jpg'), Buffer.alloc(0))
  return join(root, 'MEMORIA')
}

/** Waits for Mantine's transitions, so a screenshot shows the screen at rest. */
function settled(page: Page): Promise<unknown> {
  // A function, not a string: the app's CSP forbids evaluating strings in the page.
  return page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }
    return document.getAnimations().every((a) => a.playState !== 'running' || a.constructor.name === 'CSSAnimation')
  })
}

async function walk(pauta: PautaPage): Promise<void> {
  const { page } = pauta
  const card = await memoryCard(pauta.scratchDir)

  await page.getByRole('button', { name: 'Cargar datos de ejemplo' }).click()
  await page.getByText('Cuentas de ejemplo').waitFor({ timeout: 90_000 })
  await page.getByRole('row').filter({ hasText: 'Jefe de la oficina' }).getByRole('button', { name: /^Usar la cuenta/ }).click()
  await page.getByRole('button', { name: 'Ingresar' }).click()
  await page.getByRole('link', { name: 'Inicio' }).waitFor()

  await page.getByRole('link', { name: 'Archivo audiovisual' }).click()
  await page.getByText('El archivo audiovisual está vacío').waitFor()
  await shot(page, 'archivo-vacio')

  // 1. Ingest a memory card with a new event as the batch's template.
  await page.getByRole('button', { name: 'Ingestar material' }).click()
  const modal = page.getByRole('dialog', { name: 'Ingestar material' })
  pauta.bridge.host.queueFolder(card)
  await modal.getByRole('button', { name: 'Elegir carpeta…' }).click()
  await expect.poll(() => modal.getByLabel(/^Carpeta de origen/).inputValue()).toBe(card)
  await modal.getByRole('button', { name: 'Nuevo evento' }).click()
  const newEvent = page.getByRole('dialog', { name: 'Nuevo evento' })
  await newEvent.getByLabel(/^Nombre del evento/).fill('Rueda de prensa 12/03/2026')
  await newEvent.getByLabel('Fecha').fill('12/03/2026')
  await newEvent.getByLabel('Fecha').press('Tab')
  await newEvent.getByRole('button', { name: 'Crear evento' }).click()
  await newEvent.waitFor({ state: 'detached' })
  await expect.poll(() => modal.getByRole('combobox', { name: 'Evento' }).inputValue()).toContain('Rueda de prensa 12/03/2026')
  await modal.getByLabel('Lugar', { exact: true }).fill('Plaza principal')
  await modal.getByLabel('Municipio').fill('Cajicá')
  await modal.getByLabel('Palabras clave').fill('rueda de prensa')
  await modal.getByLabel('Palabras clave').press('Enter')
  await settled(page)
  await shot(page, 'archivo-ingesta-plantilla')
  await modal.getByRole('button', { name: 'Iniciar ingesta' }).click()

  const running = page.getByRole('dialog', { name: 'Avance de la ingesta' })
  const progress = running.getByRole('region', { name: 'Progreso de la ingesta' })
  await progress.waitFor()
  await progress.getByText('Terminada', { exact: true }).waitFor({ timeout: 60_000 })
  // The catalogue pass does not decode: the truncated JPEG is catalogued (its preview fails later), the empty file is not.
  await progress.getByLabel('Catalogados: 11').waitFor()
  await progress.getByLabel('Fallidos: 1').waitFor()
  await progress.getByLabel('Vistas previas pendientes: 0').waitFor({ timeout: 60_000 })
  const failures = progress.getByRole('table', { name: 'Archivos que no se pudieron ingestar' })
  await failures.getByText(/0 bytes/).waitFor()
  await settled(page)
  await shot(page, 'archivo-ingesta-terminada')
  await running.getByRole('button', { name: 'Listo' }).click()
  await running.waitFor({ state: 'detached' })

  // 2. The grid, with its thumbnails served by the media route.
  const grid = page.getByRole('region', { name: 'Material del archivo' })
  await grid.getByRole('button', { name: 'IMG_4100.JPG' }).waitFor()
  await page.getByText('11 resultados').waitFor()
  // Thumbnails load lazily: those on screen (two rows at least) are drawn from the media route.
  await expect
    .poll(() => grid.locator('img').evaluateAll((imgs) => imgs.filter((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0).length))
    .toBeGreaterThanOrEqual(6)
  await settled(page)
  await shot(page, 'archivo-cuadricula')

  // 3. Catalogue one photo.
  await grid.getByRole('button', { name: 'IMG_4103.JPG' }).click()
  const drawer = page.getByRole('dialog', { name: 'Ficha del material' })
  await drawer.getByLabel('Título').fill('Jornada de vacunación en la plaza')
  await drawer.getByLabel('Descripción').fill('La secretaria de Salud presenta la jornada de vacunación a los medios.')
  await drawer.getByLabel('Personas que aparecen').fill('Marta Lucía Rincón')
  await drawer.getByLabel('Personas que aparecen').press('Enter')
  await drawer.getByRole('combobox', { name: 'Estado de catalogación' }).click()
  await page.getByRole('option', { name: 'Catalogado', exact: true }).click()
  await drawer.getByRole('button', { name: 'Guardar catalogación' }).click()
  await page.getByText('Se guardó la catalogación.').waitFor()
  await drawer.getByRole('heading', { name: 'Jornada de vacunación en la plaza' }).waitFor()
  await settled(page)
  await shot(page, 'archivo-ficha-catalogada')
  await drawer.getByRole('tab', { name: 'Datos técnicos' }).click()
  await drawer.getByText('Canon EOS R6').waitFor()
  await drawer.getByText('1200 × 800 px').waitFor()
  await shot(page, 'archivo-ficha-datos-tecnicos')
  await drawer.getByRole('tab', { name: 'Autorización' }).click()
  await drawer.getByRole('combobox', { name: 'Autorización de uso de imagen' }).click()
  await page.getByRole('option', { name: 'Pendiente', exact: true }).click()
  await drawer.getByRole('button', { name: 'Guardar autorización' }).click()
  await page.getByText('Se guardó la autorización de uso de imagen.').waitFor()
  await settled(page)
  await shot(page, 'archivo-ficha-autorizacion')
  await drawer.getByRole('button', { name: 'Cerrar la ficha' }).click()
  await drawer.waitFor({ state: 'detached' })

  // 4. Search without accents finds what was written with them.
  await page.getByLabel('Buscar en el archivo').fill('vacunacion plaza')
  await expect.poll(() => grid.getByRole('button').count()).toBe(1)
  await grid.getByRole('button', { name: 'Jornada de vacunación en la plaza' }).getByLabel('Autorización: pendiente').waitFor()
  await settled(page)
  await shot(page, 'archivo-busqueda-sin-tildes')

  // 5. The preview: served by the media route, zoomed and full screen.
  await grid.getByRole('button', { name: 'Jornada de vacunación en la plaza' }).click()
  const preview = drawer.getByRole('img', { name: 'Jornada de vacunación en la plaza' })
  await preview.waitFor()
  await expect.poll(() => preview.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(300)
  await drawer.getByRole('button', { name: 'Acercar' }).click()
  await drawer.getByRole('button', { name: 'Acercar' }).click()
  await drawer.getByText('144 %').waitFor()
  await settled(page)
  await shot(page, 'archivo-vista-previa-zoom')
  await drawer.getByRole('button', { name: 'Ver a pantalla completa' }).click()
  const full = page.getByRole('dialog', { name: 'Jornada de vacunación en la plaza' })
  await full.getByRole('img', { name: 'Jornada de vacunación en la plaza' }).waitFor()
  await settled(page)
  await shot(page, 'archivo-pantalla-completa')
  await page.keyboard.press('Escape')
  await full.waitFor({ state: 'detached' })
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'detached' })

  // 6. The list view, the ingests and the events.
  await page.getByLabel('Buscar en el archivo').fill('')
  await page.getByRole('radio', { name: 'Lista' }).focus()
  await page.keyboard.press('Space')
  await grid.getByRole('table').getByText('IMG_4100.JPG').waitFor()
  await settled(page)
  await shot(page, 'archivo-lista')
  await page.getByRole('tab', { name: 'Ingestas' }).click()
  await page.getByRole('table', { name: 'Ingestas recientes' }).getByText('Terminada').waitFor()
  await shot(page, 'archivo-ingestas')
  await page.getByRole('tab', { name: 'Eventos' }).click()
  await page.getByRole('table', { name: 'Eventos' }).getByText('Rueda de prensa 12/03/2026').waitFor()
  await shot(page, 'archivo-eventos')

  // 7. A piece uses the photo: its pending authorisation shows on the piece.
  const pieces = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, 'pieces', 'list', { state: 'borrador' })
  if (!pieces.ok) throw new Error(pieces.error.message)
  const draft = (pieces.value as PieceRow[])[0]!
  await page.goto(`${pauta.bridge.url}#/piezas/${draft.id}`)
  const material = page.getByRole('region', { name: 'Material del archivo' })
  await material.getByRole('button', { name: 'Vincular del archivo' }).click()
  const picker = page.getByRole('dialog', { name: 'Vincular material del archivo' })
  await picker.getByLabel('Buscar en el archivo').fill('vacunación')
  await expect.poll(() => picker.getByRole('region', { name: 'Material del archivo' }).getByRole('button').count()).toBe(1)
  await picker.getByRole('button', { name: 'Jornada de vacunación en la plaza' }).click()
  await settled(page)
  await shot(page, 'archivo-vincular-a-pieza')
  await picker.getByRole('button', { name: 'Vincular (1)' }).click()
  await picker.waitFor({ state: 'detached' })
  await material.getByText('Autorización: pendiente').waitFor()
  await material.getByText(/no se podrá aprobar/).waitFor()
  await material.scrollIntoViewIfNeeded()
  await settled(page)
  await shot(page, 'pieza-material-del-archivo')

  const found = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, 'archive', 'search', { filters: { text: 'vacunacion' } })
  expect(found).toMatchObject({ ok: true, value: { total: 1, items: [{ title: 'Jornada de vacunación en la plaza', consent: 'pendiente' }] } })
}
