import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { formatDate, isoDateInColombia } from '../../src/shared/dates'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { describeInBrowser, launchChromium, openPauta, SCREENSHOT_DIR, shot, writeSamplePng, type PautaPage } from './support'

describeInBrowser('Seguimiento de medios, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('tres notas con el teclado, una URL repetida, el boletín diario en PDF y HTML enviado a una carpeta', async () => {
    const pauta = await openPauta(browser)
    try {
      await walk(pauta)
      expect(pauta.problems).toEqual([])
    } finally {
      await pauta.close()
    }
  }, 240_000)
})

/** Waits for Mantine's transitions, so a screenshot shows the screen at rest. */
function settled(page: Page): Promise<unknown> {
  // A function, not a string: the app's CSP forbids evaluating strings in the page.
  return page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }
    return document.getAnimations().every((a) => a.playState !== 'running')
  })
}

async function call(pauta: PautaPage, domain: string, name: string, input: unknown): Promise<unknown> {
  const result = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, domain as 'app', name as 'status', input as never)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** An office with its jefe signed in and a destination folder for the directors. */
async function office(pauta: PautaPage): Promise<string> {
  await call(pauta, 'app', 'setup', {
    entityName: 'Alcaldía de Cajicá',
    officeName: 'Oficina Asesora de Comunicaciones',
    jefe: { fullName: 'Carolina Rincón Beltrán', username: 'crincon', password: 'clave-segura-1' }
  })
  const folder = join(pauta.scratchDir, 'despacho', 'boletines')
  mkdirSync(folder, { recursive: true })
  await call(pauta, 'delivery', 'createDestination', { name: 'Despacho del Alcalde – boletines', path: folder, note: '', active: true })
  return folder
}

async function signIn(page: Page): Promise<void> {
  await page.reload()
  const login = page.getByRole('button', { name: 'Ingresar' })
  const home = page.getByRole('navigation').getByRole('link', { name: 'Inicio', exact: true })
  await login.or(home).first().waitFor()
  if (await login.isVisible()) {
    await page.getByLabel(/^Usuario/).fill('crincon')
    await page.getByLabel(/^Contraseña/).fill('clave-segura-1')
    await login.click()
  }
  await home.waitFor()
}

/** The focused element's accessible label, to prove the focus went back to the headline. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { activeElement: { id: string } | null; querySelector(s: string): { textContent: string } | null } }
    const id = document.activeElement?.id
    return id ? (document.querySelector(`label[for="${id}"]`)?.textContent ?? '') : ''
  })

async function walk(pauta: PautaPage): Promise<void> {
  const { page } = pauta
  const folder = await office(pauta)
  await signIn(page)
  const today = isoDateInColombia(new Date())

  await page.getByRole('navigation').getByRole('link', { name: 'Seguimiento de medios', exact: true }).click()
  await page.getByText(`Aún no hay notas del ${formatDate(today)}`).waitFor()
  const headline = page.getByRole('textbox', { name: /^Titular/ })
  const medium = page.getByRole('combobox', { name: /^Medio/ }).or(page.getByRole('textbox', { name: /^Medio/ })).first()
  const mediumType = page.getByRole('combobox', { name: /^Tipo de medio/ })
  const url = page.getByRole('textbox', { name: 'URL' })
  const topic = page.getByRole('combobox', { name: /^Tema/ }).or(page.getByRole('textbox', { name: /^Tema/ })).first()
  await expect.poll(() => focusedLabel(page)).toMatch(/^Titular/)

  // 1. The first note, typed from the keyboard: the headline has the focus, Tab moves on, Enter saves.
  await page.keyboard.type('Cajicá anuncia obras de drenaje para evitar nuevas inundaciones')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Caracol Radio')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  // At a person's typing speed: the list highlights its first match after each key, and Enter picks it.
  await page.keyboard.type('Radio', { delay: 40 })
  await page.getByRole('option', { name: 'Radio', exact: true }).and(page.locator('[data-combobox-selected]')).waitFor()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.type('6 AM Hoy por Hoy')
  await page.keyboard.press('Tab')
  await page.keyboard.type('https://caracol.com.co/emisora/bogota/cajica-obras-drenaje')
  // The tone is a radio group: Tab lands on «Neutro», the arrows move to the others.
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowLeft')
  expect(await page.getByRole('radio', { name: 'Positivo' }).isChecked()).toBe(true)
  await topic.fill('Gestión del riesgo')
  await page.getByRole('textbox', { name: 'Resumen' }).fill('Inversión de 2.400 millones en El Misterio y Granjitas.')
  await page.getByRole('textbox', { name: 'Resumen' }).press('Enter')
  const table = page.getByRole('table', { name: `Notas del ${formatDate(today)}` })
  await table.getByText('Cajicá anuncia obras de drenaje para evitar nuevas inundaciones').waitFor()
  await expect.poll(() => headline.inputValue()).toBe('')
  await expect.poll(() => focusedLabel(page)).toMatch(/^Titular/)
  expect(await medium.inputValue()).toBe('Caracol Radio')
  expect(await mediumType.inputValue()).toBe('Radio')
  expect(await url.inputValue()).toBe('')

  // 2. A second note of the same medium: only what changes is typed.
  await page.keyboard.type('Vecinos de Granjitas dicen que la ayuda no ha llegado a todos')
  await url.fill('https://caracol.com.co/emisora/bogota/granjitas-ayudas')
  await url.press('Tab')
  await page.keyboard.press('ArrowRight')
  expect(await page.getByRole('radio', { name: 'Negativo' }).isChecked()).toBe(true)
  await topic.fill('Gestión del riesgo')
  await topic.press('Escape')
  await topic.press('Enter')
  await table.getByText('Vecinos de Granjitas dicen que la ayuda no ha llegado a todos').waitFor()
  await expect.poll(() => focusedLabel(page)).toMatch(/^Titular/)

  // 3. The first note again, shared on X with tracking parameters: flagged as soon as it is typed.
  await page.keyboard.type('Alcaldía comparte la nota de Caracol sobre las obras de drenaje')
  await medium.fill('X – @AlcaldiaCajica')
  await mediumType.fill('')
  await mediumType.pressSequentially('Red', { delay: 40 })
  await page.getByRole('option', { name: 'Red social', exact: true }).and(page.locator('[data-combobox-selected]')).waitFor()
  await mediumType.press('Enter')
  await expect.poll(() => mediumType.inputValue()).toBe('Red social')
  await url.fill('HTTPS://Caracol.com.co/emisora/bogota/cajica-obras-drenaje/?utm_source=twitter&utm_medium=social#video')
  const warning = page.getByRole('status').filter({ hasText: 'Esta URL ya está registrada' })
  await warning.getByText('«Cajicá anuncia obras de drenaje para evitar nuevas inundaciones» — Caracol Radio').waitFor()
  await topic.fill('Gestión del riesgo')
  await topic.press('Escape')
  await settled(page)
  await shot(page, 'monitoring-duplicado')
  await warning.getByRole('checkbox', { name: 'Registrar de todos modos: es una nota distinta' }).check()
  await topic.press('Enter')
  await table.getByText('Alcaldía comparte la nota de Caracol sobre las obras de drenaje').waitFor()
  await expect.poll(() => table.getByText('URL repetida').count()).toBe(2)
  await expect.poll(() => focusedLabel(page)).toMatch(/^Titular/)
  expect(await medium.inputValue()).toBe('X – @AlcaldiaCajica')
  expect(await mediumType.inputValue()).toBe('Red social')
  const saved = (await call(pauta, 'monitoring', 'list', { date: today })) as { medium: string; mediumType: string; tone: string }[]
  expect(saved.map((c) => [c.medium, c.mediumType, c.tone])).toEqual([
    ['Caracol Radio', 'radio', 'positivo'],
    ['Caracol Radio', 'radio', 'negativo'],
    ['X – @AlcaldiaCajica', 'red_social', 'neutro']
  ])

  // The radio note's screenshot, chosen with the system picker and kept with the clip.
  pauta.queuePickedFiles([writeSamplePng(pauta.scratchDir, 'captura-caracol.png')])
  await table.getByRole('button', { name: 'Acciones de «Cajicá anuncia obras de drenaje para evitar nuevas inundaciones»' }).click()
  await page.getByRole('menuitem', { name: 'Adjuntar captura, PDF o audio…' }).click()
  await table.getByRole('link', { name: 'captura-caracol.png' }).waitFor()
  await settled(page)
  await shot(page, 'monitoring-registro')
  await table.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'monitoring-lista.png') })

  // 4. The daily digest: preview, generate, and the PDF on screen.
  await page.getByRole('tab', { name: 'Boletín diario' }).click()
  const byTopic = page.getByRole('table', { name: 'Notas por tema' })
  await byTopic.getByRole('row').filter({ hasText: 'Gestión del riesgo' }).getByText('3').waitFor()
  await page.getByRole('button', { name: 'Generar boletín' }).click()
  await page.getByText(`Boletin-medios-${today}.pdf`, { exact: false }).first().waitFor()
  const firstPage = page.getByRole('region', { name: /^Vista previa: / }).getByRole('img', { name: /^Página 1 de \d+$/ })
  await firstPage.waitFor({ timeout: 30_000 })
  await settled(page)
  await shot(page, 'monitoring-boletin')

  // 5. Both files to the directors' folder.
  await page.getByRole('button', { name: 'Enviar a destino' }).click()
  const send = page.getByRole('dialog', { name: 'Enviar boletín a destino' })
  await send.getByRole('combobox', { name: /^Destino/ }).click()
  await page.getByRole('option', { name: 'Despacho del Alcalde – boletines', exact: true }).click()
  await send.getByRole('button', { name: 'Enviar' }).click()
  await page.getByRole('status').filter({ hasText: 'Boletín entregado' }).waitFor()
  await send.waitFor({ state: 'detached' })
  expect(readdirSync(folder).sort()).toEqual([`Boletin-medios-${today}.html`, `Boletin-medios-${today}.pdf`])
  await settled(page)
  await shot(page, 'monitoring-boletin-enviado')

  // 6. What the directors receive: the PDF's first page (poppler) and the HTML in a mail-sized window.
  if (spawnSync('pdftoppm', ['-v']).error) {
    console.warn('pdftoppm no está instalado (poppler-utils): no se guarda la primera página del PDF como PNG.')
  } else {
    const pdf = join(folder, `Boletin-medios-${today}.pdf`)
    const result = spawnSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, join(SCREENSHOT_DIR, 'monitoring-boletin-pdf')])
    expect(result.status, result.stderr?.toString()).toBe(0)
    expect(existsSync(join(SCREENSHOT_DIR, 'monitoring-boletin-pdf.png'))).toBe(true)
  }
  const mail = await pauta.context.newPage()
  const requests: string[] = []
  mail.on('request', (r) => requests.push(r.url()))
  await mail.setViewportSize({ width: 820, height: 900 })
  await mail.goto(pathToFileURL(join(folder, `Boletin-medios-${today}.html`)).href)
  await mail.getByRole('heading', { name: `Boletín diario de medios del ${formatDate(today)}` }).waitFor()
  await mail.getByText('Se registraron 3 notas: 1 positivo, 1 neutro, 1 negativo.').waitFor()
  await shot(mail, 'monitoring-boletin-html')
  // Self-contained: the file asked for nothing but itself.
  expect(requests.filter((r) => !r.startsWith('file://'))).toEqual([])
  await mail.close()

  // 7. The trend of the last weeks.
  await page.getByRole('tab', { name: 'Tendencias' }).click()
  await page.getByRole('table', { name: 'Temas con más notas' }).getByText('Gestión del riesgo').waitFor()
  await settled(page)
  await shot(page, 'monitoring-tendencias')
}
