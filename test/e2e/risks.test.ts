import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { formatDate, isoDateInColombia } from '../../src/shared/dates'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { describeInBrowser, launchChromium, openPauta, shot, type PautaPage } from './support'

describeInBrowser('Riesgos y plan de mejoramiento, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('registrar un riesgo, verlo en el mapa de calor, moverlo con un control y hacer avanzar una acción de mejora', async () => {
    const pauta = await openPauta(browser)
    try {
      await walk(pauta)
      expect(pauta.problems).toEqual([])
    } finally {
      await pauta.close()
    }
  }, 240_000)
})

// The demo's matrix already has the risk of publishing without approval (R1): the jefe adds one it lacks.
const RISK = 'Atender una crisis de reputación en redes sin una vocería ni un mensaje institucional acordados'
const ACTION = 'Simulacro de crisis con los enlaces de comunicaciones de las secretarías'

/** A calendar date `days` from today in Colombia, as typed in a form (dd/mm/aaaa). */
const typedDate = (days: number) => formatDate(isoDateInColombia(new Date(Date.now() + days * 86_400_000)))

/** Dismisses the notifications and waits for Mantine's transitions, so a screenshot shows the screen at rest. */
async function settled(page: Page): Promise<unknown> {
  const notices = page.locator('.mantine-Notification-root')
  // A notice under the pointer never closes (Mantine pauses it on hover), and a pointer click can miss a
  // notice still sliding in and leave the pointer on it: the pointer goes away, the notices close by a DOM click.
  await page.mouse.move(0, 0)
  const seen = new Set<string>()
  await expect
    .poll(
      async () => {
        const texts = await notices.allInnerTexts()
        texts.forEach((t) => seen.add(t))
        await notices
          .getByRole('button', { name: 'Cerrar aviso' })
          .evaluateAll((buttons) => buttons.forEach((b) => (b as unknown as { click(): void }).click()))
        return texts
      },
      { timeout: 10_000 }
    )
    .toEqual([])
  // Closing them must not hide a failed write.
  expect([...seen].filter((t) => t.startsWith('No se'))).toEqual([])
  // A full-page picture of a scrolled window draws the fixed sidebar and drawers out of place.
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0))
  return page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }
    return document.getAnimations().every((a) => a.playState !== 'running' || a.constructor.name === 'CSSAnimation')
  })
}

async function walk(pauta: PautaPage): Promise<void> {
  const { page } = pauta
  const choose = async (scope: Locator, label: RegExp, option: string | RegExp) => {
    await scope.getByRole('combobox', { name: label }).click()
    await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click()
  }
  const call = async (domain: string, method: string, input: unknown) => {
    const answer = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, domain, method, input)
    if (!answer.ok) throw new Error(answer.error.message)
    return answer.value
  }

  await page.getByRole('button', { name: 'Cargar datos de ejemplo' }).click()
  await page.getByText('Cuentas de ejemplo').waitFor({ timeout: 90_000 })
  await page.getByRole('row').filter({ hasText: 'Jefe de la oficina' }).getByRole('button', { name: /^Usar la cuenta/ }).click()
  await page.getByRole('button', { name: 'Ingresar' }).click()
  await page.getByRole('link', { name: 'Inicio' }).waitFor()

  // The demo may already bring a matrix and a plan: numbers are counted, not assumed.
  const demoRisks = (await call('risks', 'list', {})) as unknown[]
  // Two risks already in the matrix, so the map reads like an office's.
  if (demoRisks.length === 0) {
    await call('risks', 'create', {
    description: 'Pérdida o daño del material audiovisual del archivo',
    type: 'seguridad_informacion',
    probability: 2,
    impact: 4,
    treatment: 'reducir'
  })
    await call('risks', 'create', {
    description: 'Difundir información inexacta sobre trámites y servicios',
    type: 'operativo',
    probability: 4,
    impact: 3,
    treatment: 'reducir'
  })
  }
  const R = `R${((await call('risks', 'list', {})) as unknown[]).length + 1}`
  const H = `H${((await call('improvement', 'list', {})) as unknown[]).length + 1}`

  // 1. Register a risk through the form.
  await page.getByRole('navigation').getByRole('link', { name: 'Riesgos', exact: true }).click()
  await page.getByRole('table', { name: 'Mapa de calor de riesgos' }).waitFor()
  await page.getByRole('button', { name: 'Nuevo riesgo' }).click()
  const form = page.getByRole('dialog', { name: 'Nuevo riesgo' })
  await form.getByLabel(/^Riesgo/).fill(RISK)
  await choose(form, /^Tipo de riesgo/, 'De imagen o reputacional')
  await choose(form, /^Tratamiento/, 'Reducir')
  await form.getByLabel('Causas').fill('Las crisis estallan fuera del horario; no hay vocero designado ni mensajes preaprobados.')
  await form.getByLabel('Consecuencias').fill('Respuestas contradictorias de las secretarías; pérdida de confianza de la ciudadanía.')
  await choose(form, /^Probabilidad inherente/, /^3 · Media/)
  await choose(form, /^Impacto inherente/, '4 · Mayor')
  await form.getByText('Alta · P3 × I4').waitFor()
  await settled(page)
  await shot(page, 'risks-new-risk')
  await form.getByRole('button', { name: 'Registrar riesgo' }).click()
  await form.waitFor({ state: 'detached' })

  // 2. It sits on the map, inherent and residual in media × mayor.
  const drawer = page.getByRole('dialog', { name: `Riesgo ${R}` })
  await drawer.getByRole('button', { name: 'Agregar control' }).waitFor()
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.mantine-Drawer-close')).first().click()
  await drawer.waitFor({ state: 'hidden' })
  const mediaMayor = page.getByRole('cell', { name: 'Probabilidad media, impacto mayor: zona alta' })
  await mediaMayor.getByRole('button', { name: new RegExp(`^${R}, riesgo inherente`) }).waitFor()
  await mediaMayor.getByRole('button', { name: new RegExp(`^${R}, riesgo residual`) }).waitFor()
  await settled(page)
  await shot(page, 'risks-heat-map')

  // 3. A preventive manual control (40 %) moves its residual cell to baja × mayor.
  await page.getByRole('button', { name: `Abrir el riesgo ${R}` }).click()
  await drawer.getByRole('button', { name: 'Agregar control' }).click()
  const control = page.getByRole('dialog', { name: `Nuevo control del riesgo ${R}` })
  await control.getByLabel(/^Control/).fill('La jefe activa el protocolo de crisis: designa el vocero y aprueba en Pauta el mensaje institucional antes de publicarlo')
  await choose(control, /^Responsable del control/, 'Carolina Rincón Beltrán')
  await choose(control, /^Tipo de control/, 'Preventivo (25 %)')
  await choose(control, /^Implementación/, 'Manual (15 %)')
  await control.getByText('Calificación del control: 40 % (reduce la probabilidad).').waitFor()
  await settled(page)
  await shot(page, 'risks-control')
  await control.getByRole('button', { name: 'Agregar control' }).click()
  await control.waitFor({ state: 'detached' })
  await expect.poll(() => drawer.getByRole('group', { name: 'Riesgo residual' }).textContent()).toContain('Probabilidad 36 %')

  // Its follow-up, recorded by the jefe as the control's responsible.
  await drawer.getByRole('button', { name: 'Registrar seguimiento' }).click()
  const followUp = page.getByRole('dialog', { name: 'Seguimiento del control' })
  await followUp.getByLabel('Evidencia').fill('Protocolo activado en la emergencia invernal; mensaje aprobado en Pauta')
  await followUp.getByRole('button', { name: 'Registrar seguimiento' }).click()
  await followUp.waitFor({ state: 'detached' })
  await drawer.getByRole('table', { name: /^Seguimientos de/ }).getByText('Protocolo activado en la emergencia invernal; mensaje aprobado en Pauta').waitFor()
  await settled(page)
  await shot(page, 'risks-detail')
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })
  const bajaMayor = page.getByRole('cell', { name: 'Probabilidad baja, impacto mayor: zona alta' })
  await bajaMayor.getByRole('button', { name: new RegExp(`^${R}, riesgo residual`) }).waitFor()
  expect(await mediaMayor.getByRole('button', { name: new RegExp(`^${R}, riesgo residual`) }).count()).toBe(0)
  await settled(page)
  await shot(page, 'risks-residual-moved')

  // 4. A finding from this risk, with an action, and its progress.
  await page.getByRole('navigation').getByRole('link', { name: 'Plan de mejoramiento', exact: true }).click()
  await page.getByRole('region', { name: /^Acciones vencidas/ }).waitFor()
  await page.getByRole('button', { name: 'Nuevo hallazgo' }).click()
  const finding = page.getByRole('dialog', { name: 'Nuevo hallazgo' })
  await finding.getByLabel(/^Hallazgo/).fill('En la emergencia invernal dos secretarías publicaron cifras distintas antes del comunicado oficial')
  await choose(finding, /^Fuente/, 'Riesgo')
  await choose(finding, /^Riesgo de la matriz/, new RegExp(`^${R} · Atender una crisis`))
  await choose(finding, /^Tipo de acción/, 'Preventiva')
  await finding.getByLabel('Causa').fill('El protocolo de crisis no se activó: nadie tenía la vocería asignada ese fin de semana.')
  await settled(page)
  await shot(page, 'risks-finding-form')
  await finding.getByRole('button', { name: 'Registrar hallazgo' }).click()
  await finding.waitFor({ state: 'detached' })

  const findingDrawer = page.getByRole('dialog', { name: `Hallazgo ${H}` })
  await findingDrawer.getByRole('button', { name: 'Agregar acción' }).click()
  const action = page.getByRole('dialog', { name: `Nueva acción del hallazgo ${H}` })
  await action.getByLabel(/^Acción/).fill(ACTION)
  await choose(action, /^Responsable de la acción/, 'Andrés Felipe Gutiérrez')
  await action.getByLabel(/^Fecha límite/).fill(typedDate(5))
  await action.getByLabel(/^Fecha límite/).press('Tab')
  await action.getByRole('button', { name: 'Agregar acción' }).click()
  await action.waitFor({ state: 'detached' })
  const item = findingDrawer.getByRole('article', { name: `Acción: ${ACTION}` })
  await item.getByText('vence en 5 días').waitFor()

  await item.getByRole('button', { name: 'Registrar avance' }).click()
  const progress = page.getByRole('dialog', { name: 'Registrar avance' })
  await progress.getByLabel(/^Avance \(%\)/).fill('60')
  await progress.getByLabel(/^Evidencia/).fill('Guion del simulacro aprobado y primera sesión realizada con seis secretarías')
  await settled(page)
  await shot(page, 'risks-progress-form')
  await progress.getByRole('button', { name: 'Guardar avance' }).click()
  await progress.waitFor({ state: 'detached' })
  await item.getByRole('list', { name: 'Avances registrados' }).getByText(/Guion del simulacro aprobado/).waitFor()
  await settled(page)
  await shot(page, 'risks-finding-detail')
  await page.keyboard.press('Escape')
  await findingDrawer.waitFor({ state: 'hidden' })
  // Among the demo plan's actions due this week, the new finding's.
  await page
    .getByRole('region', { name: /^Vencen en los próximos 7 días/ })
    .getByRole('button', { name: `Abrir el hallazgo ${H}: ${ACTION}`, exact: true })
    .getByText('vence en 5 días')
    .waitFor()
  await page
    .getByRole('table', { name: 'Hallazgos del plan de mejoramiento' })
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: `Abrir el hallazgo ${H}`, exact: true }) })
    .getByText('60 %', { exact: true })
    .waitFor()
  await settled(page)
  await shot(page, 'risks-improvement-plan')
}
