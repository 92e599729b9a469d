import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { contract } from '../../src/shared/contract'

const ELECTRON_PACKAGE = resolve('node_modules/electron')
const MAIN_BUNDLE = resolve('out/main/index.js')

/**
 * The Electron binary, found the way node_modules/electron/index.js finds it but without
 * requiring that file: when the binary is missing, requiring it starts a download.
 */
function electronBinary(): string | null {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const overridden = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (overridden) return existsSync(join(overridden, relative || 'electron')) ? join(overridden, relative || 'electron') : null
  if (!relative) return null
  const binary = join(ELECTRON_PACKAGE, 'dist', relative)
  return existsSync(binary) ? binary : null
}

const hasElectron = electronBinary() !== null
// Electron on Linux needs a display server; CI runs it under xvfb-run.
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
if (!hasElectron) console.warn('Prueba de Electron omitida: el binario de Electron no está instalado (node_modules/electron/dist).')
else if (!hasDisplay) console.warn('Prueba de Electron omitida: no hay pantalla (DISPLAY); ejecútela con xvfb-run.')

const running: ElectronApplication[] = []
let dataDir = ''

afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.close().catch(() => undefined)))
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

async function launch(): Promise<{ app: ElectronApplication; page: Page; problems: string[] }> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  // Without the dev server variable the app loads its built renderer, as an installed Pauta does.
  delete env.ELECTRON_RENDERER_URL
  const app = await electron.launch({ args: [MAIN_BUNDLE, `--data-dir=${dataDir}`], env, timeout: 60_000 })
  running.push(app)
  const page = await app.firstWindow()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`página: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`consola: ${message.text()}`)
  })
  return { app, page, problems }
}

describe('Pauta en Electron', () => {
  it.skipIf(!hasElectron || !hasDisplay)(
    'arranca con la app construida, configura la oficina, llega a Inicio y queda aislada de Node',
    async () => {
      execFileSync(process.execPath, [resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'pipe' })
      dataDir = mkdtempSync(join(tmpdir(), 'pauta-electron-'))

      const first = await launch()
      const { page } = first
      await page.getByLabel('Nombre de la entidad').fill('Alcaldía de Sopó')
      await page.getByLabel('Nombre de la oficina').fill('Oficina de Comunicaciones')
      await page.getByLabel('Nombre completo').fill('Diana Castañeda')
      await page.getByLabel(/^Usuario/).fill('dcastaneda')
      await page.getByLabel(/^Contraseña/).fill('sopo-prensa-2026')
      await page.getByLabel('Confirmar contraseña').fill('sopo-prensa-2026')
      await page.getByRole('button', { name: 'Crear oficina' }).click()
      await page.getByRole('link', { name: 'Inicio' }).waitFor()

      // The page gets the contract and nothing else: no Node, no require, no stray globals.
      const exposed = await page.evaluate(() => {
        const g = globalThis as unknown as Record<string, unknown>
        return { require: typeof g.require, process: typeof g.process, api: Object.keys(g.api as object).sort() }
      })
      expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: Object.keys(contract).sort() })

      // Every permission is refused without asking.
      const permission = await page.evaluate(async () => {
        const nav = (globalThis as unknown as { navigator: { permissions: { query(d: { name: string }): Promise<{ state: string }> } } }).navigator
        return (await nav.permissions.query({ name: 'geolocation' })).state
      })
      expect(permission).toBe('denied')

      // Neither a new window nor leaving the app's page is possible.
      const appUrl = page.url()
      expect(await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com/') === null)).toBe(true)
      await page.evaluate(() => {
        ;(globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/'
      })
      await page.waitForTimeout(500)
      expect(page.url().split('#')[0]).toBe(appUrl.split('#')[0])
      expect(first.problems).toEqual([])

      await first.app.close()
      running.splice(0)
      expect(existsSync(join(dataDir, 'pauta.sqlite'))).toBe(true)

      // Sessions live in memory: opening Pauta again asks to sign in, and signing in reaches Inicio.
      const second = await launch()
      await second.page.getByLabel(/^Usuario/).fill('dcastaneda')
      await second.page.getByLabel(/^Contraseña/).fill('sopo-prensa-2026')
      await second.page.getByRole('button', { name: 'Ingresar' }).click()
      await second.page.getByRole('link', { name: 'Inicio' }).waitFor()
      expect(second.problems).toEqual([])
    }
  )
})
