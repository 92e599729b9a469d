import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { BRIDGE_CLIENT_ID } from '../bridge/server'
import { describeInBrowser, launchChromium, openPauta, shot } from './support'

describeInBrowser('Primer uso, en Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  test('una carpeta de datos nueva pide configurar la oficina y, al crearla, entra a Inicio como jefe', async () => {
    const pauta = await openPauta(browser)
    try {
      const { page } = pauta
      await page.getByLabel('Nombre de la entidad').fill('Alcaldía de Tabio')
      await page.getByLabel('Nombre de la oficina').fill('Oficina de Prensa y Comunicaciones')
      await page.getByLabel('Nombre completo').fill('Marcela Rodríguez Pinzón')
      await page.getByLabel(/^Usuario/).fill('mrodriguez')
      await page.getByLabel(/^Contraseña/).fill('tabio-prensa-2026')
      await page.getByLabel('Confirmar contraseña').fill('tabio-prensa-2026')
      await shot(page, 'primer-uso-formulario')

      await page.getByRole('button', { name: 'Crear oficina' }).click()
      await page.getByRole('link', { name: 'Inicio' }).waitFor()
      await page.getByText('Marcela Rodríguez Pinzón').waitFor()
      await page.getByText('Ninguna pieza espera su aprobación').waitFor()
      await shot(page, 'primer-uso-inicio')

      expect(new URL(page.url()).hash).toMatch(/^(#\/?)?$/)
      const status = await pauta.bridge.running.dispatch('verificacion', 'app', 'status', {})
      expect(status).toMatchObject({ ok: true, value: { initialized: true, entityName: 'Alcaldía de Tabio' } })
      expect(pauta.problems).toEqual([])

      // The page runs under the app's real CSP: an injected inline script does not execute.
      const inlineRan = await page.evaluate(`(() => {
        const script = document.createElement('script')
        script.textContent = 'window.inlineRan = true'
        document.head.append(script)
        return window.inlineRan === true
      })()`)
      expect(inlineRan).toBe(false)
      expect(pauta.problems.join('\n')).toContain('Content Security Policy')
    } finally {
      await pauta.close()
    }
  })

  test('"Cargar datos de ejemplo" crea la alcaldía de ejemplo y una cuenta de ejemplo entra a Inicio', async () => {
    const pauta = await openPauta(browser)
    try {
      const { page } = pauta
      await page.getByRole('button', { name: 'Cargar datos de ejemplo' }).click()
      await page.getByText('Cuentas de ejemplo').waitFor({ timeout: 60_000 })
      await shot(page, 'datos-de-ejemplo-ingreso')

      await page.getByRole('row').filter({ hasText: 'Jefe de la oficina' }).getByRole('button', { name: /^Usar la cuenta/ }).click()
      await page.getByRole('button', { name: 'Ingresar' }).click()
      await page.getByRole('link', { name: 'Inicio' }).waitFor()
      await page.getByText('Esperan mi aprobación').waitFor()
      // A piece the demo leaves waiting for the jefe's review of its content.
      await page.getByText('Cierres viales por la ciclovía nocturna').first().waitFor()
      await shot(page, 'datos-de-ejemplo-inicio')

      const status = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, 'app', 'status', {})
      expect(status).toMatchObject({ ok: true, value: { entityName: 'Alcaldía de Cajicá', session: { role: 'jefe' } } })
      const summary = await pauta.bridge.running.dispatch(BRIDGE_CLIENT_ID, 'home', 'summary', {})
      if (!summary.ok) throw new Error(summary.error.message)
      const waiting = (summary.value as { waitingForMyApproval: unknown[] }).waitingForMyApproval.length
      expect(waiting).toBeGreaterThan(0)
      await page.getByLabel(`${waiting} por aprobar`).waitFor()
      expect(pauta.problems).toEqual([])
    } finally {
      await pauta.close()
    }
  })
})
