import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { InquiryFigures, InquiryRow } from '../../src/shared/contract/inquiries'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { describeInBrowser, launchChromium, openPauta, shot, type PautaPage } from './support'

describeInBrowser('Inquietudes ciudadanas, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('se registra una inquietud, se asigna, se responde antes del término y la cifra del periodo sube', async () => {
    const pauta = await openPauta(browser)
    try {
      await walk(pauta)
      expect(pauta.problems).toEqual([])
    } finally {
      await pauta.close()
    }
  }, 180_000)
})

const DAY_MS = 86_400_000
const OVERDUE_CITIZEN = '@pedalea.cajica'

async function walk(pauta: PautaPage): Promise<void> {
  const { page } = pauta

  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, 'inquiries', method, input)
    if (!result.ok) throw new Error(`inquiries.${method}: ${result.error.message}`)
    return result.value as T
  }

  async function capture(name: string, { dialog = false } = {}): Promise<void> {
    const toasts = page.locator('.mantine-Notifications-root').getByRole('button')
    await toasts.evaluateAll((buttons) => buttons.forEach((b) => (b as unknown as { click(): void }).click()))
    await expect.poll(() => toasts.count(), { timeout: 5_000 }).toBe(0)
    if (dialog) await page.getByRole('dialog').last().waitFor()
    await page.mouse.move(0, 0)
    // Mantine's enter and exit transitions last 200 ms.
    await page.waitForTimeout(300)
    await shot(page, name)
  }

  await page.getByRole('button', { name: 'Cargar datos de ejemplo' }).click()
  await page.getByText('Cuentas de ejemplo').waitFor({ timeout: 90_000 })
  await page.getByRole('row').filter({ hasText: 'Jefe de la oficina' }).getByRole('button', { name: /^Usar la cuenta/ }).click()
  await page.getByRole('button', { name: 'Ingresar' }).click()
  await page.getByRole('link', { name: 'Inicio' }).waitFor()

  // Some history of its own, relative to today, besides the demo's: answered on time, answered late, and one still waiting
  // past its term (older than any the demo left open, so it is the most urgent). Citizens unknown to the demo, to target these rows.
  const now = Date.now()
  const ago = (days: number, hour: number) => new Date(Math.floor((now - days * DAY_MS) / DAY_MS) * DAY_MS + (hour + 5) * 3_600_000).toISOString()
  const history: { citizen: string; channel: string; text: string; topic: string; received: string; reply?: string; repliedAt?: string }[] = [
    { citizen: 'Beatriz Helena Cárdenas', channel: 'facebook', text: '¿Hasta qué fecha hay descuento en el impuesto predial?', topic: 'Impuesto predial', received: ago(12, 8), reply: 'Hasta el último día hábil de abril.', repliedAt: ago(12, 10) },
    { citizen: '@juliana.patina', channel: 'instagram', text: '¿Dónde son las inscripciones a las escuelas deportivas?', topic: 'Deportes', received: ago(10, 11), reply: 'En el Coliseo Fortaleza de Piedra.', repliedAt: ago(9, 9) },
    { citizen: '@vecinosdelcentro', channel: 'x', text: '¿Cuándo arreglan el hueco de la calle 2 con carrera 4?', topic: 'Malla vial', received: ago(9, 10), reply: 'La próxima semana se hace el parcheo.', repliedAt: ago(2, 16) },
    { citizen: OVERDUE_CITIZEN, channel: 'instagram', text: '¿Por qué cerraron la ciclorruta de la carrera 3?', topic: 'Movilidad', received: ago(13, 9) }
  ]
  const jefe = (await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, 'app', 'status', {})) as { ok: true; value: { session: { id: number } } }
  for (const h of history) {
    const created = await call<{ id: number }>('create', { channel: h.channel, receivedAt: h.received, citizen: h.citizen, text: h.text, topic: h.topic, assigneeId: jefe.value.session.id })
    if (h.reply) await call('reply', { id: created.id, replyText: h.reply, repliedAt: h.repliedAt })
  }

  await page.getByRole('link', { name: 'Inquietudes ciudadanas' }).click()
  await page.getByRole('heading', { name: 'Inquietudes ciudadanas' }).waitFor()
  const table = page.getByRole('table', { name: 'Inquietudes ciudadanas' })
  // The demo's inquiries are listed along with the test's own.
  await table.getByRole('row').filter({ hasText: 'Yolanda Castiblanco' }).waitFor()
  await table.getByRole('row').filter({ hasText: 'Beatriz Helena Cárdenas' }).waitFor()
  await table.getByRole('row').filter({ hasText: OVERDUE_CITIZEN }).waitFor()
  // The most overdue one is on top, with its badge.
  await expect.poll(() => table.getByRole('row').nth(1).innerText()).toContain(OVERDUE_CITIZEN)
  await table.getByRole('row').nth(1).getByText(/^Vencida/).waitFor()
  const figures = page.getByRole('region', { name: 'Cumplimiento del término de respuesta' })
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(new Date())
  const period = { from: `${today.slice(0, 8)}01`, to: today }
  const before = await call<InquiryFigures>('figures', period)
  await figures.getByRole('group', { name: `Recibidas: ${before.received}` }).waitFor()
  await capture('inquiries-01-lista')

  // 1. Register what arrived on Facebook a moment ago.
  await page.getByRole('button', { name: 'Nueva inquietud' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nueva inquietud' })
  await dialog.getByRole('combobox', { name: /^Canal/ }).click()
  await page.getByRole('option', { name: 'Facebook', exact: true }).click()
  await dialog.getByRole('textbox', { name: /^Ciudadano/ }).fill('Jorge Castillo')
  await dialog.getByRole('textbox', { name: /^Inquietud/ }).fill('¿Cuándo abren las inscripciones a la escuela de fútbol para niños de 8 años?')
  await dialog.getByRole('textbox', { name: /^Tema/ }).fill('Deportes')
  await capture('inquiries-02-nueva', { dialog: true })
  await dialog.getByRole('button', { name: 'Registrar inquietud' }).click()
  await dialog.waitFor({ state: 'detached' })

  const [created] = (await call<InquiryRow[]>('list', { search: 'Jorge Castillo' })) as [InquiryRow]
  const drawer = page.getByRole('dialog', { name: `Inquietud N.º ${created.id}` })
  await drawer.getByText('¿Cuándo abren las inscripciones a la escuela de fútbol para niños de 8 años?', { exact: true }).waitFor()
  expect(created).toMatchObject({ state: 'recibida', channel: 'facebook', termDays: 2, urgency: 'en_termino' })

  // 2. Assign it to the community manager.
  await drawer.getByRole('button', { name: 'Asignar' }).click()
  const assign = page.getByRole('dialog', { name: `Asignar la inquietud N.º ${created.id}` })
  await assign.getByRole('combobox', { name: /^Responsable/ }).click()
  await page.getByRole('option', { name: 'Santiago Rozo Malaver' }).click()
  await assign.getByRole('button', { name: 'Asignar' }).click()
  await assign.waitFor({ state: 'detached' })
  await drawer.getByText('Asignada', { exact: true }).waitFor()
  await capture('inquiries-03-asignada', { dialog: true })

  // 3. The jefe records the reply that went out by inbox, well before the term.
  await drawer.getByRole('button', { name: 'Responder' }).click()
  const reply = page.getByRole('dialog', { name: `Responder la inquietud N.º ${created.id}` })
  await reply.getByRole('textbox', { name: /^Respuesta/ }).fill('Hola, Jorge. Las inscripciones abren el lunes en el Coliseo Fortaleza de Piedra, de 8:00 a. m. a 4:00 p. m.')
  await capture('inquiries-04-respuesta', { dialog: true })
  await reply.getByRole('button', { name: 'Registrar respuesta' }).click()
  await reply.waitFor({ state: 'detached' })
  await drawer.getByRole('region', { name: 'Respuesta' }).waitFor()
  await drawer.getByText('Respondida a tiempo').waitFor()
  await capture('inquiries-05-respondida', { dialog: true })

  const answered = await call<InquiryRow>('get', { id: created.id })
  expect(answered).toMatchObject({ state: 'respondida', answeredInTerm: true })

  // 4. The figure of the period counts it.
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'detached' })
  const after = await call<InquiryFigures>('figures', period)
  expect(after.received).toBe(before.received + 1)
  expect(after.answeredInTerm).toBe(before.answeredInTerm + 1)
  await figures.getByRole('group', { name: `Recibidas: ${after.received}` }).waitFor()
  await figures.getByRole('group', { name: `A tiempo: ${after.answeredInTerm}` }).waitFor()
  await figures.getByRole('group', { name: `Respondidas dentro del término: ${Math.round((after.shareInTerm ?? 0) * 100)} %` }).waitFor()
  await capture('inquiries-06-cifra')

  await page.getByRole('button', { name: 'Término de respuesta' }).click()
  await page.getByRole('dialog', { name: 'Término de respuesta en redes' }).waitFor()
  await capture('inquiries-07-termino', { dialog: true })
}
