import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { facetCounts } from '../src/main/archive/facets'
import type { Filters } from '../src/main/archive/filters'
import { searchWords } from '../src/main/archive/match'
import { countMatches, searchAssets } from '../src/main/archive/search'
import { rebuildSearchIndex } from '../src/main/archive/search-index'
import { systemCtx } from '../src/main/background/system-actor'
import { copyLiveDatabase } from '../src/main/backups/live-database'
import { startCore } from '../src/main/core/create-core'
import type { ArchiveSort } from '../src/shared/domain/archive'
import { TestHost } from '../test/support/core'
import type { BenchResult } from './run'
import { byRank, bulkInsert, random } from './support/archive-corpus'

/**
 * Search over a synthetic catalogue of a million assets with Spanish words and accents, held to
 * the targets. PAUTA_BENCH_ASSETS sets a smaller catalogue for a quick run (same targets).
 */
const ASSETS = Number(process.env.PAUTA_BENCH_ASSETS ?? 1_000_000)
const RUNS = 40

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

async function p95(task: (i: number) => Promise<unknown>): Promise<number> {
  await task(0)
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await task(i)
    times.push(performance.now() - start)
  }
  return percentile(times, 95)
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pauta-bench-archivo-'))
  const results: BenchResult[] = []
  const add = (name: string, value: number, unit: string, target: number, lowerIsBetter = true) => {
    process.stdout.write(`  ${name}: ${value.toFixed(1)} ${unit}\n`)
    results.push({ name, value, unit, target: `${lowerIsBetter ? '≤' : '≥'} ${target} ${unit}`, ok: lowerIsBetter ? value <= target : value >= target })
  }
  let running = await startCore({ dataDir: dir, host: new TestHost(), log: () => {} })
  try {
    const rnd = random(20260312)
    const insertStart = performance.now()
    bulkInsert(join(dir, 'pauta.sqlite'), ASSETS, rnd)
    const insertSeconds = (performance.now() - insertStart) / 1000
    add(`inserción masiva (${ASSETS.toLocaleString('es-CO')} activos)`, ASSETS / insertSeconds, 'activos/s', 15_000, false)
    const ftsStart = performance.now()
    await rebuildSearchIndex(running.core.db)
    const ftsSeconds = (performance.now() - ftsStart) / 1000
    // The target is 30 s per million: the same rate on this catalogue.
    add('índice de texto completo', ftsSeconds, 's', (30 * ASSETS) / 1_000_000)

    const ctx = systemCtx(running.core, new Date())
    const search = (filters: Filters, sort: ArchiveSort = 'relevancia', cursor: string | null = null) =>
      searchAssets(ctx, { filters, sort, cursor, limit: 100 })
    // Queries by the rank of their words: from a word on a fifth of the archive (rank 3) to the tail.
    const rare = [3, 10, 25, 40, 60, 80, 150, 300, 600, 1200, 2400, 3600].map(byRank)
    const pairs = [
      [0, 1],
      [2, 30],
      [5, 200],
      [20, 45],
      [70, 900],
      [100, 1500]
    ].map(([a, b]) => `${byRank(a!)} ${byRank(b!)}`)
    const prefixes = [0, 4, 12, 33, 50, 77, 120, 700].map((r) => byRank(r).slice(0, 4))
    add('una palabra, por relevancia (p95)', await p95((i) => search({ text: rare[i % rare.length] })), 'ms', 50)
    add('dos palabras, por relevancia (p95)', await p95((i) => search({ text: pairs[i % pairs.length] })), 'ms', 50)
    add('palabra muy común «alcaldia», por relevancia (p95)', await p95(() => search({ text: 'alcaldia' })), 'ms', 50)
    add('palabra muy común «alcaldia», por fecha (p95)', await p95(() => search({ text: 'alcaldia' }, 'fecha_desc')), 'ms', 50)
    const faceted = (i: number): Filters => ({
      text: rare[i % rare.length],
      kind: ['foto', 'video'],
      year: [2022, 2023, 2024],
      status: ['catalogado', 'revisado'],
      from: '2022-03-01',
      to: '2024-10-31'
    })
    add('texto + facetas + fechas, por fecha, 1.ª página (p95)', await p95((i) => search(faceted(i), 'fecha_desc')), 'ms', 50)
    const cursors = await Promise.all(rare.map(async (_, i) => (await search(faceted(i), 'fecha_desc')).nextCursor))
    add(
      'texto + facetas + fechas, por fecha, página siguiente (p95)',
      await p95((i) => search(faceted(i), 'fecha_desc', cursors[i % rare.length] ?? null)),
      'ms',
      50
    )
    // The count as a search runs it (search.ts): over the words that search already read from the
    // index's vocabulary; that reading is in every search figure above and is shown on its own below.
    const rareWords = await Promise.all(rare.map((text) => searchWords(ctx.db, text)))
    const commonWords = await searchWords(ctx.db, 'alcaldia')
    add('conteo de coincidencias (p95)', await p95((i) => countMatches(ctx.db, { text: rare[i % rare.length] }, ctx.today, rareWords[i % rare.length])), 'ms', 10)
    add('conteo de «alcaldia» (p95)', await p95(() => countMatches(ctx.db, { text: 'alcaldia' }, ctx.today, commonWords)), 'ms', 10)
    // Read once per search and kept until the index changes (match.ts); this is the reading itself.
    const vocabularyP95 = await p95(() => sql`SELECT term FROM asset_search_vocab WHERE term >= 'alcaldia' AND term < 'alcaldia￿' LIMIT 51`.execute(ctx.db))
    results.push({ name: 'palabras del índice para «alcaldia», sin caché (p95, informativo)', value: vocabularyP95, unit: 'ms', target: '—', ok: true })
    add('prefijo mientras se escribe (p95)', await p95((i) => search({ text: prefixes[i % prefixes.length] })), 'ms', 100)
    add('cuadrícula sin filtros, por fecha (p95)', await p95(() => search({}, 'fecha_desc')), 'ms', 50)
    // Opening the catalogue: the app starts (migrations checked, interrupted work closed) and shows the grid's first page.
    const opens: number[] = []
    for (let i = 0; i < 5; i++) {
      await running.close()
      const start = performance.now()
      running = await startCore({ dataDir: dir, host: new TestHost(), log: () => {} })
      await searchAssets(systemCtx(running.core, new Date()), { filters: {}, sort: 'fecha_desc', cursor: null, limit: 100 })
      opens.push(performance.now() - start)
    }
    add('abrir el catálogo hasta la primera página (mediana)', percentile(opens, 50), 'ms', 250)
    const backupPath = join(dir, 'copia.sqlite')
    const backupStart = performance.now()
    // What the daily backup runs (backups/create.ts), while the catalogue stays open.
    await copyLiveDatabase(running.core, backupPath)
    add('copia de seguridad en línea (API de copia de SQLite)', (performance.now() - backupStart) / 1000, 's', 5)
    rmSync(backupPath, { force: true })
    const reopened = systemCtx(running.core, new Date())
    // Not one of the targets: the facet panel refreshes after the grid.
    const facetP95 = await p95((i) => facetCounts(reopened.db, { text: rare[i % rare.length] }, reopened.today))
    results.push({ name: 'facetas de una búsqueda (p95, informativo)', value: facetP95, unit: 'ms', target: '—', ok: true })
  } finally {
    await running.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return results
}
