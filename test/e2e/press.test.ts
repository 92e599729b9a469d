import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { ActivityOption, PieceDetail } from '../../src/shared/contract'
import type { BulletinRow, ConferenceRow } from '../../src/shared/contract/press'
import { formatDate, isoDateInColombia } from '../../src/shared/dates'
import { bulletinLabel } from '../../src/shared/domain/press'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { describeInBrowser, launchChromium, openPauta, shot, type PautaPage } from './support'

const PIECE_TITLE = 'Cajicá abre inscripciones para la Escuela de Formación Deportiva'
const LIST_NAME = 'Corresponsales de la Sabana'
const CONFERENCE = 'Balance del primer año de la Escuela de Formación Deportiva'
const JOURNALISTS = [
  { name: 'Marcela Quintero', medium: 'Voces de la Sabana', email: 'marcela.quintero@example.co', whatsapp: '311 402 5566' },
  { name: 'Óscar Julián Prieto', medium: 'La Sabana al Día', email: 'oscar.prieto@example.co', whatsapp: '' }
]

describeInBrowser('Prensa, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('boletín numerado con el número propuesto y enviado a una lista; rueda de prensa con invitados y asistencia', async () => {
    const pauta = await openPauta(browser)
    try {
      await walk(pauta)
      expect(pauta.problems).toEqual([])
    } finally {
      await pauta.close()
    }
  })
})

/** Waits for Mantine's transitions, so a screenshot shows the screen at rest, and saves it. */
async function settle(page: Page, name: string): Promise<void> {
  // Earlier steps' notifications would cover the screen being shown.
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click()
  await page.mouse.move(0, 0)
  await page.waitForTimeout(300)
  await shot(page, name)
}

async function walk(pauta: PautaPage): Promise<void> {
  const { page } = pauta

  async function call<T>(clientId: string, domain: string, method: string, input: unknown): Promise<T> {
    const result = await pauta.bridge.running.dispatch(clientId, domain, method, input)
    if (!result.ok) throw new Error(`${domain}.${method}: ${result.error.message}`)
    return result.value as T
  }

  async function choose(scope: Page | Locator, label: RegExp, option: string | RegExp): Promise<void> {
    await scope.getByRole('combobox', { name: label }).first().click()
    await page.getByRole('option', { name: option }).first().click()
  }

  /** A MultiSelect keeps its dropdown open after a pick; with the demo's directory it covers the fields below. */
  async function closeDropdown(scope: Locator, label: RegExp): Promise<void> {
    const box = scope.getByRole('combobox', { name: label }).first()
    await box.press('Escape')
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false')
  }

  await page.getByRole('button', { name: 'Cargar datos de ejemplo' }).click()
  await page.getByText('Cuentas de ejemplo').waitFor({ timeout: 90_000 })
  await page.getByRole('row').filter({ hasText: 'Jefe de la oficina' }).getByRole('button', { name: /^Usar la cuenta/ }).click()
  await page.getByRole('button', { name: 'Ingresar' }).click()
  await page.getByRole('link', { name: 'Inicio' }).waitFor()

  // The press writer drafts a bulletin and the jefe approves it (the editorial flow has its own e2e).
  await call('prensa', 'auth', 'login', { username: 'agutierrez', password: 'cajica-demo' })
  const [activity] = await call<ActivityOption[]>('prensa', 'plans', 'activityOptions', {})
  const writer = await call<{ session: { id: number } }>('prensa', 'app', 'status', {})
  const piece = await call<PieceDetail>('prensa', 'pieces', 'create', {
    title: PIECE_TITLE,
    type: 'boletin_prensa',
    activityId: activity!.id,
    writerId: writer.session.id,
    designerId: null,
    channelIds: [],
    audienceIds: [],
    dueDate: isoDateInColombia(new Date(Date.now() + 3 * 86_400_000))
  })
  await call('prensa', 'pieces', 'saveContent', { pieceId: piece.id, html: '<p>Las inscripciones van hasta el viernes en la Casa de la Cultura.</p>' })
  await call('prensa', 'pieces', 'submitContent', { pieceId: piece.id })
  const checklist = { veracidad_oportunidad: true, lenguaje_claro: true, manual_imagen: true, datos_personales: true, pertinencia: true }
  await call(BRIDGE_CLIENT_ID, 'pieces', 'review', { pieceId: piece.id, stage: 'contenido', decision: 'aprobada', checklist })

  // 1. The media directory: two journalists and a list.
  await page.getByRole('link', { name: 'Prensa', exact: true }).click()
  await page.getByRole('tab', { name: 'Contactos y listas' }).click()
  for (const j of JOURNALISTS) {
    await page.getByRole('button', { name: 'Nuevo contacto' }).click()
    const dialog = page.getByRole('dialog', { name: 'Nuevo contacto de medios' })
    await dialog.getByLabel(/^Periodista/).fill(j.name)
    await dialog.getByLabel(/^Medio/).fill(j.medium)
    await dialog.getByLabel(/^Correo/).fill(j.email)
    await dialog.getByLabel(/^WhatsApp/).fill(j.whatsapp)
    if (j === JOURNALISTS[0]) await settle(page, 'press-contacto-nuevo')
    await dialog.getByRole('button', { name: 'Agregar contacto' }).click()
    await dialog.waitFor({ state: 'detached' })
  }
  await page.getByRole('button', { name: 'Nueva lista' }).click()
  const listDialog = page.getByRole('dialog', { name: 'Nueva lista de distribución' })
  await listDialog.getByLabel(/^Nombre de la lista/).fill(LIST_NAME)
  await listDialog.getByLabel('Descripción').fill('Periodistas que cubren deporte y comunidad en la Sabana Centro.')
  for (const j of JOURNALISTS) await choose(listDialog, /^Integrantes/, new RegExp(j.name))
  await closeDropdown(listDialog, /^Integrantes/)
  await listDialog.getByLabel(/^Nombre de la lista/).click()
  await listDialog.getByRole('button', { name: 'Crear lista' }).click()
  await listDialog.waitFor({ state: 'detached' })
  await page.getByRole('region', { name: 'Listas de distribución' }).getByText(LIST_NAME, { exact: true }).waitFor()
  await settle(page, 'press-contactos')
  const csv = join(pauta.scratchDir, 'corresponsales.csv')
  pauta.bridge.host.queueSavePath(csv)
  await page.getByRole('button', { name: `Exportar la lista ${LIST_NAME} en CSV` }).click()
  await page.getByText(`Se guardó la lista en ${csv}.`).waitFor()
  expect(readFileSync(csv, 'utf8').split('\r\n')).toEqual([
    '\uFEFFNombre;Correo;Medio;Sección;Teléfono;WhatsApp',
    'Marcela Quintero;marcela.quintero@example.co;Voces de la Sabana;;;311 402 5566',
    'Óscar Julián Prieto;oscar.prieto@example.co;La Sabana al Día;;;',
    ''
  ])

  // 2. The bulletin: the next number of the year is proposed.
  await page.getByRole('tab', { name: 'Boletines' }).click()
  const year = Number(isoDateInColombia(new Date()).slice(0, 4))
  const { number } = await call<{ number: number }>(BRIDGE_CLIENT_ID, 'press', 'nextBulletinNumber', { year })
  await page.getByRole('button', { name: 'Registrar boletín' }).click()
  const register = page.getByRole('dialog', { name: 'Registrar boletín de prensa' })
  await choose(register, /^Pieza del boletín/, new RegExp(PIECE_TITLE))
  await expect.poll(() => register.getByLabel(/^Número/).inputValue()).toBe(String(number))
  await register.getByText(bulletinLabel(number, year)).waitFor()
  await settle(page, 'press-boletin-registrar')
  await register.getByRole('button', { name: 'Registrar boletín' }).click()

  const send = page.getByRole('dialog', { name: `Enviar el ${bulletinLabel(number, year)}` })
  await send.getByRole('checkbox', { name: `${LIST_NAME} (2 contactos activos)` }).check()
  await settle(page, 'press-boletin-enviar')
  await send.getByRole('button', { name: 'Registrar envío' }).click()
  await send.waitFor({ state: 'detached' })
  const table = page.getByRole('table', { name: 'Boletines de prensa' })
  const row = table.getByRole('row').filter({ hasText: PIECE_TITLE })
  await row.getByText('1 envío · 2 destinatarios').waitFor()
  await settle(page, 'press-boletines')
  await row.getByRole('button', { name: bulletinLabel(number, year), exact: true }).click()
  const detail = page.getByRole('dialog', { name: bulletinLabel(number, year) })
  await detail.getByRole('table', { name: 'Envíos del boletín' }).getByText(LIST_NAME).waitFor()
  await settle(page, 'press-boletin-detalle')
  await page.keyboard.press('Escape')
  await detail.waitFor({ state: 'detached' })
  const bulletins = await call<BulletinRow[]>(BRIDGE_CLIENT_ID, 'press', 'bulletins', { year })
  expect(bulletins.find((b) => b.pieceId === piece.id)).toMatchObject({ number, sendCount: 1, recipientTotal: 2 })

  // 3. A press conference held yesterday: invited media, then who came.
  const yesterday = isoDateInColombia(new Date(Date.now() - 86_400_000))
  await page.getByRole('tab', { name: 'Ruedas de prensa' }).click()
  await page.getByRole('button', { name: 'Nueva rueda de prensa' }).click()
  const form = page.getByRole('dialog', { name: 'Nueva rueda de prensa' })
  await form.getByLabel(/^Tema central/).fill(CONFERENCE)
  await form.getByLabel(/^Fecha/).fill(formatDate(yesterday))
  await form.getByLabel(/^Fecha/).press('Tab')
  await form.getByLabel(/^Hora/).fill('10:00')
  await form.getByLabel(/^Lugar/).fill('Coliseo municipal de Cajicá')
  for (const name of ['Alcalde municipal', 'Director del Instituto de Deportes']) {
    await form.getByLabel(/^Voceros/).fill(name)
    await form.getByLabel(/^Voceros/).press('Enter')
  }
  for (const topic of ['Resultados de la Escuela', 'Nuevas disciplinas', 'Inscripciones 2027']) {
    await form.getByLabel(/^Temas/).fill(topic)
    await form.getByLabel(/^Temas/).press('Enter')
  }
  for (const j of JOURNALISTS) await choose(form, /^Medios invitados/, new RegExp(j.name))
  await closeDropdown(form, /^Medios invitados/)
  await form.getByLabel('Notas').click()
  await settle(page, 'press-rueda-nueva')
  await form.getByRole('button', { name: 'Registrar rueda de prensa' }).click()

  const drawer = page.getByRole('dialog', { name: CONFERENCE })
  await drawer.getByRole('checkbox', { name: `${JOURNALISTS[0]!.name} (${JOURNALISTS[0]!.medium})` }).check()
  await drawer.getByRole('button', { name: 'Guardar asistencia' }).click()
  await page.getByText('Se registró la asistencia: 1 de 2 medios invitados.').waitFor()
  await settle(page, 'press-rueda-detalle')
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'detached' })
  const held = page.getByRole('table', { name: 'Ruedas de prensa realizadas' })
  await held.getByRole('row').filter({ hasText: CONFERENCE }).getByText('1 de 2').waitFor()
  await settle(page, 'press-ruedas')
  const conferences = await call<ConferenceRow[]>(BRIDGE_CLIENT_ID, 'press', 'conferences', {})
  expect(conferences.find((c) => c.title === CONFERENCE)).toMatchObject({
    place: 'Coliseo municipal de Cajicá',
    spokespersons: ['Alcalde municipal', 'Director del Instituto de Deportes'],
    invitedCount: 2,
    attendedCount: 1
  })

  // 4. Inicio: the week's bulletins and the coming conferences.
  const tomorrow = isoDateInColombia(new Date(Date.now() + 86_400_000))
  await call(BRIDGE_CLIENT_ID, 'press', 'saveConference', {
    title: 'Lanzamiento de la temporada de vacaciones recreativas',
    startsAt: `${tomorrow}T09:30:00-05:00`,
    place: 'Parque principal de Cajicá',
    spokespersons: ['Alcalde municipal'],
    topics: ['Vacaciones recreativas'],
    invitedIds: []
  })
  await page.getByRole('link', { name: 'Inicio', exact: true }).click()
  const card = page.getByRole('region', { name: 'Prensa' })
  await card.getByText(bulletinLabel(number, year)).waitFor()
  await card.getByText(/Lanzamiento de la temporada de vacaciones recreativas/).waitFor()
  // Inicio is taller than the window now; the shot is full-page, and a scrolled window would draw the fixed sidebar mid-page.
  await expect.poll(() => page.evaluate<number>('window.scrollY')).toBe(0)
  await settle(page, 'press-inicio')
}
