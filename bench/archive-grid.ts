import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { rebuildSearchIndex } from '../src/main/archive/search-index'
import { launchChromium, openPauta } from '../test/e2e/support'
import type { BenchResult } from './run'
import { bulkInsert, random } from './support/archive-corpus'

/**
 * The Archivo grid in Chromium, scrolled from the first to the last of 100,000 assets: how many
 * cards are in the DOM (the grid is virtualised: bounded whatever the catalogue size) and how the
 * renderer's JavaScript heap grows, measured after a garbage collection at each stop.
 */
const ASSETS = Number(process.env.PAUTA_BENCH_GRID_ASSETS ?? 100_000)
const STOPS = [0.1, 0.25, 0.5, 1]

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 1024 / 1024
}

const cardCount = (page: Page) => page.getByRole('region', { name: 'Material del archivo' }).getByRole('button').count()

/** Scrolls the grid to its end until `target` assets are loaded (the grid loads pages as it nears the end). */
async function scrollUntilLoaded(page: Page, target: number): Promise<void> {
  const region = page.getByRole('region', { name: 'Material del archivo' })
  for (let guard = 0; guard < 5000; guard++) {
    const loaded = await page.evaluate(() => {
      type Grid = { scrollTop: number; scrollHeight: number; dataset: { loaded?: string } }
      const { document } = globalThis as unknown as { document: { querySelector(s: string): Grid } }
      const grid = document.querySelector('[aria-label="Material del archivo"]')
      grid.scrollTop = grid.scrollHeight
      return Number(grid.dataset.loaded ?? 0)
    })
    if (loaded >= target) return
    await region.getByLabel('Cargando más material').waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined)
    await page.waitForTimeout(5)
  }
  throw new Error(`La cuadrícula no llegó a ${target} materiales.`)
}

export async function run(): Promise<BenchResult[]> {
  const browser = await launchChromium()
  const pauta = await openPauta(browser)
  const results: BenchResult[] = []
  try {
    const { page } = pauta
    await page.getByRole('button', { name: 'Cargar datos de ejemplo' }).click()
    await page.getByText('Cuentas de ejemplo').waitFor({ timeout: 120_000 })
    bulkInsert(join(pauta.dataDir, 'pauta.sqlite'), ASSETS, random(20261122))
    await rebuildSearchIndex(pauta.bridge.running.core.db)
    await page.getByRole('row').filter({ hasText: 'Archivista' }).getByRole('button', { name: /^Usar la cuenta/ }).click()
    await page.getByRole('button', { name: 'Ingresar' }).click()
    await page.getByRole('navigation').getByRole('link', { name: 'Archivo audiovisual', exact: true }).click()
    await page.getByRole('region', { name: 'Material del archivo' }).getByRole('button').first().waitFor()
    const cdp = await page.context().newCDPSession(page)
    let maxCards = await cardCount(page)
    const heaps: number[] = []
    for (const stop of STOPS) {
      await scrollUntilLoaded(page, Math.round(ASSETS * stop))
      maxCards = Math.max(maxCards, await cardCount(page))
      const heap = await heapMb(cdp)
      heaps.push(heap)
      process.stdout.write(`  ${Math.round(ASSETS * stop).toLocaleString('es-CO')} materiales cargados: ${maxCards} tarjetas en pantalla, ${heap.toFixed(1)} MB de memoria\n`)
    }
    results.push({ name: `tarjetas en el DOM al recorrer ${ASSETS.toLocaleString('es-CO')} (máximo)`, value: maxCards, unit: 'tarjetas', target: '≤ 300 tarjetas', ok: maxCards <= 300 })
    const growth = heaps[heaps.length - 1]! - heaps[0]!
    results.push({ name: `memoria del renderer: crecimiento del 10 % al 100 % del recorrido`, value: growth, unit: 'MB', target: '≤ 10 MB', ok: growth <= 10 })
  } finally {
    await pauta.close()
    await browser.close()
  }
  return results
}
