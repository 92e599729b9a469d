import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { formatDate, isoDateInColombia } from '../../src/shared/dates'
import { describeInBrowser, launchChromium, openPauta, shot, type PautaPage } from './support'

const PASSWORD = 'cajica-demo'
const JEFE = { username: 'crincon', fullName: 'Carolina Rincón Beltrán' }
const AUDIOVISUAL = { username: 'dforero', fullName: 'Daniela Forero Páez' }
const FERIA = 'Feria de emprendimiento en el parque principal'

/** The calendar opens on the real week, so the story happens on the real today (Cajicá time). */
const today = isoDateInColombia(new Date())
const at = (day: string, time: string) => `${day}T${time}:00-05:00`

describeInBrowser('Programación de cubrimientos, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('el jefe programa y asigna (con aviso de cruce), la fotógrafa acepta y entrega desde Mi agenda', async () => {
    const pauta = await openPauta(browser)
    try {
      await walk(pauta)
      expect(pauta.problems).toEqual([])
    } finally {
      await pauta.close()
    }
  }, 240_000)
})

/** Waits for Mantine's transitions and dismisses the toasts, so a screenshot shows the screen at rest. */
async function settled(page: Page): Promise<void> {
  const toasts = page.locator('.mantine-Notifications-root').getByRole('button')
  await toasts.evaluateAll((buttons) => buttons.forEach((b) => (b as unknown as { click(): void }).click()))
  await expect.poll(() => toasts.count(), { timeout: 5_000 }).toBe(0)
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }
    return document.getAnimations().every((a) => a.playState !== 'running' || a.constructor.name === 'CSSAnimation')
  })
}

async function choose(page: Page, scope: Locator, label: RegExp, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/**
 * The demo already fills the week around today (covered days behind, today's vacunación and rueda de
 * prensa, the festival, the aplazado and cancelado ones). The test adds, through the contract, the two
 * events of today its story is about: the council the photographer already covers, and a launch
 * without her, so filtering the calendar by person shows it leave whatever the weekday.
 */
const CONSEJO = 'Consejo de gobierno ampliado'
const SIN_DANIELA = 'Lanzamiento de la ciclovía nocturna'

async function seedToday(pauta: PautaPage): Promise<void> {
  const as = (client: string) => async (domain: string, method: string, input: unknown) => {
    const result = await pauta.bridge.running.dispatch(client, domain, method, input)
    if (!result.ok) throw new Error(`${domain}.${method}: ${result.error.message}`)
    return result.value as { id: number; coverages: { id: number; need: string }[] }
  }
  const jefe = as('semilla-jefe')
  await jefe('auth', 'login', { username: JEFE.username, password: PASSWORD })
  const users = (await jefe('users', 'list', {})) as unknown as { id: number; username: string }[]
  const id = (username: string) => users.find((u) => u.username === username)!.id

  async function event(title: string, from: string, to: string, place: string, needs: [string, string][]) {
    const created = await jefe('coverage', 'create', { title, startsAt: at(today, from), endsAt: at(today, to), place })
    for (const [need, username] of needs) await jefe('coverage', 'assign', { eventId: created.id, need, assigneeId: id(username), dueAt: at(today, '18:00') })
    return created
  }
  const consejo = await event(CONSEJO, '10:00', '12:00', 'Salón del Concejo', [['fotografia', 'dforero'], ['nota_escrita', 'agutierrez']])
  await jefe('coverage', 'confirm', { id: consejo.id })
  await event(SIN_DANIELA, '17:00', '19:00', 'Parque principal de Cajicá', [['diseno', 'jcuervo'], ['redes_en_vivo', 'srozo']])
  await jefe('auth', 'logout', {})
}

async function walk(pauta: PautaPage): Promise<void> {
  const { page } = pauta

  async function signIn(user: { username: string; fullName: string }): Promise<void> {
    await page.getByLabel(/^Usuario/).fill(user.username)
    await page.getByLabel(/^Contraseña/).fill(PASSWORD)
    await page.getByRole('button', { name: 'Ingresar' }).click()
    await page.getByRole('navigation').getByRole('link', { name: 'Inicio', exact: true }).waitFor()
    await page.getByText(user.fullName, { exact: true }).first().waitFor()
  }

  await page.getByRole('button', { name: 'Cargar datos de ejemplo' }).click()
  await page.getByText('Cuentas de ejemplo').waitFor({ timeout: 90_000 })
  await seedToday(pauta)
  await signIn(JEFE)

  // 1. The week, with today's events and who covers them.
  await page.getByRole('navigation').getByRole('link', { name: 'Cubrimientos', exact: true }).click()
  const week = page.getByRole('region', { name: 'Calendario de la semana' })
  // The demo's day (the vacunación) and the two events the test added to it.
  await week.getByRole('button', { name: /Jornada de vacunación casa a casa en Chuntame/ }).waitFor()
  await week.getByRole('button', { name: new RegExp(CONSEJO) }).waitFor()
  await week.getByRole('button', { name: new RegExp(SIN_DANIELA) }).waitFor()
  await settled(page)
  await shot(page, 'coverage-semana')

  // 2. A new event overlapping the council; inverted hours are refused on the field.
  await page.getByRole('button', { name: 'Nuevo evento' }).click()
  const form = page.getByRole('dialog', { name: 'Nuevo evento' })
  await form.getByLabel(/^Nombre del evento/).fill(FERIA)
  await form.getByLabel(/^Fecha/).fill(formatDate(today))
  await form.getByLabel(/^Fecha/).press('Tab')
  await form.getByLabel(/^Hora de inicio/).fill('11:00')
  await form.getByLabel(/^Hora de fin/).fill('10:00')
  await form.getByLabel(/^Lugar/).fill('Parque principal de Cajicá')
  await choose(page, form, /^Dependencia solicitante/, 'Secretaría de Desarrollo Económico')
  await form.getByLabel(/^Descripción/).fill('Muestra de 40 emprendimientos locales con la presencia del alcalde.')
  await form.getByRole('combobox', { name: /^Actividad del plan/ }).click()
  await page.getByRole('option').first().click()
  await form.getByRole('button', { name: 'Programar evento' }).click()
  await form.getByText('La hora de fin debe ser posterior a la de inicio.').waitFor()
  await settled(page)
  await shot(page, 'coverage-horas-invertidas')
  await form.getByLabel(/^Hora de fin/).fill('13:00')
  await form.getByRole('button', { name: 'Programar evento' }).click()

  const drawer = page.getByRole('dialog', { name: 'Evento' })
  await drawer.getByRole('heading', { name: FERIA }).waitFor()
  await drawer.getByText(`${formatDate(today)} 11:00–13:00`).waitFor()

  // 3. Assigning the photographer who already covers the council: a warning naming it, then saved.
  await drawer.getByRole('button', { name: 'Asignar cubrimiento' }).click()
  const assign = page.getByRole('dialog', { name: 'Asignar cubrimiento' })
  await choose(page, assign, /^Necesidad/, 'Fotografía')
  await choose(page, assign, /^Responsable/, AUDIOVISUAL.fullName)
  // Every overlapping assignment of hers is named: the test's council and the demo's vacunación.
  await assign.getByText(`${AUDIOVISUAL.fullName} ya cubre «${CONSEJO}» (fotografía) el ${formatDate(today)} 10:00–12:00.`).waitFor()
  await assign.getByText(`${AUDIOVISUAL.fullName} ya cubre «Jornada de vacunación casa a casa en Chuntame» (fotografía) el ${formatDate(today)} 08:00–12:00.`).waitFor()
  await assign.getByLabel(/^Indicaciones/).fill('Fotos del alcalde recorriendo los stands.')
  await settled(page)
  await shot(page, 'coverage-aviso-cruce')
  await assign.getByRole('button', { name: 'Asignar', exact: true }).click()
  await assign.waitFor({ state: 'detached' })
  await page.getByText('Se asignó el cubrimiento.').first().waitFor()

  await drawer.getByRole('button', { name: 'Asignar cubrimiento' }).click()
  await choose(page, assign, /^Necesidad/, 'Nota escrita')
  await choose(page, assign, /^Responsable/, 'Andrés Felipe Gutiérrez')
  await assign.getByRole('button', { name: 'Asignar', exact: true }).click()
  await assign.waitFor({ state: 'detached' })
  await drawer.getByRole('button', { name: 'Confirmar' }).click()
  await drawer.getByText('Confirmado', { exact: true }).waitFor()
  const table = drawer.getByRole('table', { name: 'Cubrimientos del evento' })
  await table.getByText('Andrés Felipe Gutiérrez').waitFor()
  await settled(page)
  await shot(page, 'coverage-evento')
  await drawer.getByRole('button', { name: 'Cerrar el evento' }).click()
  await drawer.waitFor({ state: 'detached' })
  await week.getByRole('button', { name: new RegExp(FERIA) }).waitFor()
  await settled(page)
  await shot(page, 'coverage-semana-con-feria')

  // 4. The photographer's agenda: accept, start and deliver.
  await page.getByRole('button', { name: 'Salir' }).click()
  await signIn(AUDIOVISUAL)
  await page.getByRole('navigation').getByRole('link', { name: 'Mi agenda', exact: true }).click()
  const todays = page.getByRole('region', { name: 'Hoy' })
  const feriaFoto = `fotografía de «${FERIA}»`
  await todays.getByRole('button', { name: `Aceptar ${feriaFoto}` }).waitFor()
  await settled(page)
  await shot(page, 'coverage-mi-agenda')
  await todays.getByRole('button', { name: `Aceptar ${feriaFoto}` }).click()
  await todays.getByRole('button', { name: `Iniciar ${feriaFoto}` }).click()
  await todays.getByRole('button', { name: `Entregar ${feriaFoto}` }).click()
  const deliver = page.getByRole('dialog', { name: 'Entregar cubrimiento' })
  await deliver.getByLabel(/^Nota de entrega/).fill('96 fotos en la carpeta del evento; 12 seleccionadas para redes.')
  await deliver.getByRole('button', { name: 'Marcar como entregado' }).click()
  await deliver.waitFor({ state: 'detached' })
  await todays.getByText('96 fotos en la carpeta del evento; 12 seleccionadas para redes.').waitFor()
  await settled(page)
  await shot(page, 'coverage-mi-agenda-entregado')

  // 5. Her own assignments in the week, then the month and the day.
  await page.getByRole('navigation').getByRole('link', { name: 'Cubrimientos', exact: true }).click()
  await choose(page, page.locator('main'), /^Persona/, AUDIOVISUAL.fullName)
  await week.getByRole('button', { name: new RegExp(SIN_DANIELA) }).waitFor({ state: 'detached' })
  await week.getByRole('button', { name: new RegExp(FERIA) }).waitFor()
  await week.getByRole('button', { name: new RegExp(CONSEJO) }).waitFor()
  await settled(page)
  await shot(page, 'coverage-semana-persona')
  await page.getByRole('radio', { name: 'Mes' }).focus()
  await page.keyboard.press('Space')
  await page.getByRole('region', { name: 'Calendario del mes' }).getByRole('button', { name: new RegExp(FERIA) }).waitFor()
  await settled(page)
  await shot(page, 'coverage-mes')
  await page.getByRole('radio', { name: 'Día' }).focus()
  await page.keyboard.press('Space')
  await page.getByRole('button', { name: `Abrir ${FERIA}` }).waitFor()
  await settled(page)
  await shot(page, 'coverage-dia')

  // 6. The jefe closes the event: its pieces, pre-filled, and the ingest with the event's template.
  await page.getByRole('button', { name: 'Salir' }).click()
  await signIn(JEFE)
  await page.getByRole('navigation').getByRole('link', { name: 'Cubrimientos', exact: true }).click()
  await week.getByRole('button', { name: new RegExp(FERIA) }).click()
  await drawer.getByRole('button', { name: 'Marcar en curso' }).click()
  await drawer.getByRole('button', { name: 'Marcar como cubierto' }).click()
  await drawer.getByText('Cubierto', { exact: true }).waitFor()
  await drawer.getByRole('button', { name: 'Crear pieza de fotografía' }).click()
  const piece = page.getByRole('dialog', { name: 'Crear pieza del cubrimiento' })
  await expect.poll(() => piece.getByLabel(/^Título/).inputValue()).toBe(`Galería: ${FERIA}`)
  await settled(page)
  await shot(page, 'coverage-crear-pieza')
  await piece.getByRole('button', { name: 'Crear pieza' }).click()
  await piece.waitFor({ state: 'detached' })
  await table.getByRole('link', { name: /^PZ-\d{4}-\d{4}$/ }).waitFor()
  await settled(page)
  await shot(page, 'coverage-evento-cubierto')
  await drawer.getByRole('button', { name: 'Ingestar material' }).click()
  const ingest = page.getByRole('dialog', { name: 'Ingestar material' })
  await expect.poll(() => ingest.getByLabel('Lugar', { exact: true }).inputValue()).toBe('Parque principal de Cajicá')
  await expect.poll(() => ingest.getByRole('combobox', { name: 'Evento' }).inputValue()).toContain(FERIA)
  await settled(page)
  await shot(page, 'coverage-ingesta')
}
