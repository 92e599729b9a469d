import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Clock } from '../../../src/main/core/host'
import { ensureRendererBuild } from '../../bridge/renderer-build'
import { startBridge, type Bridge } from '../../bridge/server'
import { serveBuiltRenderer } from '../../bridge/static'

export interface PautaPage {
  page: Page
  context: BrowserContext
  bridge: Bridge
  dataDir: string
  /** A temporary folder for files the test hands to the file picker; removed on close. */
  scratchDir: string
  /**
   * What went wrong without failing a step: uncaught page errors, console errors (CSP violations
   * among them) and unexpected errors in main. A clean run leaves it empty.
   */
  problems: string[]
  /** The next "choose files" dialog in main returns these absolute paths. */
  queuePickedFiles(paths: readonly string[]): void
  close(): Promise<void>
}

export interface OpenOptions {
  /** An existing data folder; by default a fresh temporary one, removed on close. */
  dataDir?: string
  clock?: Clock
}

/**
 * Serves a production build of the renderer (under the real CSP of src/renderer/index.html) and
 * the contract from a bridge on 127.0.0.1, and opens it in a new browser context.
 */
export async function openPauta(browser: Browser, options: OpenOptions = {}): Promise<PautaPage> {
  const built = await ensureRendererBuild()
  const ownsDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pauta-e2e-'))
  const scratchDir = mkdtempSync(join(tmpdir(), 'pauta-e2e-files-'))
  const problems: string[] = []
  const bridge = await startBridge({
    dataDir,
    clock: options.clock,
    renderer: () => serveBuiltRenderer(built),
    log: (error) => problems.push(`main: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  })
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'es-CO',
    timezoneId: 'America/Bogota'
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => problems.push(`página: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`consola: ${message.text()} (${message.location().url})`)
  })
  await page.goto(bridge.url)
  return {
    page,
    context,
    bridge,
    dataDir,
    scratchDir,
    problems,
    queuePickedFiles: (paths) => bridge.queuePickedFiles(paths),
    async close() {
      await context.close()
      await bridge.close()
      rmSync(scratchDir, { recursive: true, force: true })
      if (ownsDir) rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
