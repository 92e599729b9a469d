import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { facetCounts } from '../src/main/archive/facets'
import type { Filters } from '../src/main/archive/filters'
import { countMatches, searchAssets } from '../src/main/archive/search'
import { rebuildSearchIndex } from '../src/main/archive/search-index'
import { systemCtx } from '../src/main/background/system-actor'
import { startCore } from '../src/main/core/create-core'
import type { ArchiveSort } from '../src/shared/domain/archive'
import { TestHost } from '../test/support/core'
import type { BenchResult } from './run'

/**
 * Search over a synthetic catalogue of 100,000 assets with Spanish words and accents. The issue's
 * targets are set for 1,000,000 assets; this run holds the 100k catalogue to the same numbers.
 */
const ASSETS = Number(process.env.PAUTA_BENCH_ASSETS ?? 100_000)
const EVENTS = 400
const RUNS = 40

// Common words of an alcaldía's coverage; "alcaldía" goes on most assets, as it does in real life.
const WORDS = (
  'vacunación jornada rueda prensa consejo gobierno acueducto veredal parque principal feria niñez ' +
  'educación colegio salud hospital vía pavimentación deporte cancha festival música danza cultura ' +
  'biblioteca lectura adulto mayor juventud emprendimiento mercado campesino policía seguridad tránsito ' +
  'bomberos emergencia lluvia río puente vereda sendero árbol siembra reciclaje ambiente agua energía ' +
  'alumbrado navidad desfile independencia bandera himno concejo sesión presupuesto rendición cuentas ' +
  'participación comunidad junta acción comunal víctimas paz memoria mujer equidad discapacidad inclusión ' +
  'vivienda subsidio escritura catastro impuesto predial turismo patrimonio iglesia plaza mercado artesanía'
).split(' ')
const COMMON = 'alcaldía'

/**
 * The vocabulary: the words above first, then made-up Spanish-sounding words with accents, drawn
 * with a Zipf-like law (rank r is about 1/r as likely) like words in real descriptions: a few words
 * on a large share of the archive, most on a handful of assets.
 */
const SYLLABLES = ['ca', 'mi', 'ló', 'ra', 'ña', 'té', 'du', 'sé', 'ví', 'no', 'pa', 'rí', 'go', 'lu', 'bé', 'za']
const VOCABULARY = [
  ...WORDS,
  ...SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.map((c) => `${a}${b}${c}`))).filter((w) => !WORDS.includes(w))
]
const byRank = (rank: number) => VOCABULARY[rank]!
const PLACES = ['Cajicá', 'Chía', 'Zipaquirá', 'Tabio', 'Tenjo', 'Sopó', 'Cota', 'Tocancipá']
const PEOPLE = ['María Fernández', 'José Rodríguez', 'Ana Gómez', 'Luis Martínez', 'Carmen Díaz', 'Andrés Peña', 'Lucía Muñoz']
const KINDS = ['foto', 'foto', 'foto', 'foto', 'video', 'audio', 'diseno', 'documento'] as const
const STATUSES = ['sin_catalogar', 'catalogado', 'revisado'] as const
const CONSENT = ['no_requerida', 'no_requerida', 'pendiente', 'otorgada', 'negada'] as const

/** A small deterministic generator, so every run measures the same catalogue. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

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

/** Fills the catalogue through a connection of its own: one transaction of prepared inserts. */
function bulkInsert(path: string, rnd: () => number): void {
  const db = new SQLite(path)
  db.pragma('journal_mode = WAL')
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const logSize = Math.log(VOCABULARY.length + 1)
  const word = () => byRank(Math.min(VOCABULARY.length - 1, Math.floor(Math.exp(rnd() * logSize)) - 1))
  const words = (n: number) => Array.from({ length: n }, word).join(' ')
  const now = new Date().toISOString()
  const insertEvent = db.prepare('INSERT INTO archive_events (name, date, created_at, updated_at) VALUES (?, ?, ?, ?)')
  const insertAsset = db.prepare(`INSERT INTO assets (kind, sha256, size, mime, original_name, storage_mode, master_path,
      captured_at, captured_on, captured_year, title, description, creator, place, city, event_id, status,
      consent_status, consent_granted_on, consent_expires_on, thumb_path, created_at, updated_at)
    VALUES (?, ?, 1000000, 'image/jpeg', ?, 'copia', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const insertKeyword = db.prepare('INSERT OR IGNORE INTO asset_keywords (asset_id, keyword) VALUES (?, ?)')
  const insertPerson = db.prepare('INSERT OR IGNORE INTO asset_people (asset_id, name) VALUES (?, ?)')
  db.transaction(() => {
    for (let e = 1; e <= EVENTS; e++) {
      insertEvent.run(`${pick(['Rueda de prensa', 'Feria', 'Consejo de gobierno', 'Jornada'])} ${words(2)} ${e}`, null, now, now)
    }
    for (let i = 1; i <= ASSETS; i++) {
      const undated = rnd() < 0.03
      const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(rnd() * 8 * 365) * 86_400_000).toISOString().slice(0, 10)
      const consent = pick(CONSENT)
      const name = `IMG_${String(i).padStart(6, '0')}.JPG`
      const info = insertAsset.run(
        pick(KINDS),
        i.toString(16).padStart(64, '0'),
        name,
        `${day.slice(0, 4)}/${day.slice(5, 7)}/sin-evento/${name}`,
        undated ? null : `${day}T15:00:00.000Z`,
        undated ? null : day,
        undated ? null : Number(day.slice(0, 4)),
        `${rnd() < 0.6 ? `${COMMON} ` : ''}${words(3 + Math.floor(rnd() * 4))}`,
        words(8 + Math.floor(rnd() * 12)),
        pick(PEOPLE),
        pick(PLACES),
        'Cundinamarca',
        rnd() < 0.7 ? 1 + Math.floor(rnd() * EVENTS) : null,
        pick(STATUSES),
        consent,
        consent === 'otorgada' ? '2020-01-01' : null,
        consent === 'otorgada' && rnd() < 0.5 ? '2025-01-01' : null,
        `00/${i}-thumb.webp`,
        now,
        now
      )
      const id = Number(info.lastInsertRowid)
      for (let k = 0; k < 2; k++) insertKeyword.run(id, word())
      if (rnd() < 0.4) insertPerson.run(id, pick(PEOPLE))
    }
  })()
  db.close()
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pauta-bench-archivo-'))
  const results: BenchResult[] = []
  const add = (name: string, value: number, unit: string, target: number, lowerIsBetter = true) => {
    process.stdout.write(`  ${name}: ${value.toFixed(1)} ${unit}\n`)
    results.push({ name, value, unit, target: `${lowerIsBetter ? '≤' : '≥'} ${target} ${unit}`, ok: lowerIsBetter ? value <= target : value >= target })
  }
  const running = await startCore({ dataDir: dir, host: new TestHost(), log: () => {} })
  try {
    const rnd = random(20260312)
    const insertStart = performance.now()
    bulkInsert(join(dir, 'pauta.sqlite'), rnd)
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
    add('conteo de coincidencias (p95)', await p95((i) => countMatches(ctx.db, { text: rare[i % rare.length] }, ctx.today)), 'ms', 10)
    add('conteo de «alcaldia» (p95)', await p95(() => countMatches(ctx.db, { text: 'alcaldia' }, ctx.today)), 'ms', 10)
    add('prefijo mientras se escribe (p95)', await p95((i) => search({ text: prefixes[i % prefixes.length] })), 'ms', 100)
    add('cuadrícula sin filtros, por fecha (p95)', await p95(() => search({}, 'fecha_desc')), 'ms', 50)
    // Not one of the issue's targets: the facet panel refreshes after the grid.
    const facetP95 = await p95((i) => facetCounts(ctx.db, { text: rare[i % rare.length] }, ctx.today))
    results.push({ name: 'facetas de una búsqueda (p95, informativo)', value: facetP95, unit: 'ms', target: '—', ok: true })
  } finally {
    await running.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return results
}
