import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore } from '../src/main/core/create-core'
import type { Db } from '../src/main/db/connection'
import type { GeneratedFile, SessionUser } from '../src/shared/contract'
import { PIECE_STATES, PIECE_TYPES, TYPE_REQUIRES_DESIGN } from '../src/shared/domain/pieces'
import type { BenchResult } from './run'
import { TestHost } from '../test/support/core'

const PIECES = 10_000
const RUNS = 3
const TARGET_MS = 2_000

const host = new TestHost()

/** Ten thousand pieces across a plan's activities, written straight into the tables. */
async function seedPieces(db: Db, userId: number): Promise<void> {
  const now = '2026-11-01T12:00:00.000Z'
  await db.transaction().execute(async (trx) => {
    const plan = await trx
      .insertInto('plans')
      .values({ name: 'Plan de Comunicaciones 2026', starts_on: '2026-01-01', ends_on: '2026-12-31', scope: 'mixta', status: 'vigente', description: '', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    const strategy = await trx
      .insertInto('plan_strategies')
      .values({ plan_id: plan.id, kind: 'prensa', name: 'Relación con medios', objective: 'Informar a la ciudadanía' })
      .returning('id')
      .executeTakeFirstOrThrow()
    const activities: number[] = []
    for (let a = 0; a < 8; a++) {
      const row = await trx
        .insertInto('plan_activities')
        .values({ strategy_id: strategy.id, description: `Boletines y notas sobre la gestión de la Alcaldía, línea ${a + 1}`, frequency: 'semanal', phva_phase: 'H', responsible_id: userId, goal_quantity: 1_200, goal_unit: 'piezas' })
        .returning('id')
        .executeTakeFirstOrThrow()
      activities.push(row.id)
    }
    const rows = Array.from({ length: PIECES }, (_, i) => {
      const type = PIECE_TYPES[i % PIECE_TYPES.length]!
      const day = String(1 + (i % 28)).padStart(2, '0')
      const month = String(1 + (i % 12)).padStart(2, '0')
      const state = PIECE_STATES[i % PIECE_STATES.length]!
      return {
        code: `PZ-2026-${String(i + 1).padStart(5, '0')}`,
        year: 2026,
        seq: i + 1,
        title: `Jornada de vacunación y servicios en la vereda ${i + 1}; información para la ciudadanía`,
        type,
        state,
        requires_design: TYPE_REQUIRES_DESIGN[type] ? 1 : 0,
        activity_id: activities[i % activities.length]!,
        request_id: null,
        writer_id: userId,
        designer_id: TYPE_REQUIRES_DESIGN[type] ? userId : null,
        due_date: `2026-${month}-${day}`,
        cancel_reason: state === 'cancelada' ? 'La actividad se aplazó.' : '',
        created_by: userId,
        created_at: now,
        updated_at: now,
        state_changed_at: `2026-${month}-${day}T15:30:00.000Z`
      }
    })
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto('pieces').values(rows.slice(i, i + 500)).execute()
  })
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pauta-bench-hojas-'))
  const clock = { now: () => new Date('2026-11-22T15:00:00Z') }
  const running = await startCore({ dataDir: dir, host, clock, log: () => {} })
  try {
    const setup = await running.dispatch('bench', 'app', 'setup', {
      entityName: 'Alcaldía de Cajicá',
      officeName: 'Oficina Asesora de Comunicaciones',
      jefe: { fullName: 'Laura Gómez', username: 'jefe', password: 'clave-segura-1' }
    })
    if (!setup.ok) throw new Error(setup.error.message)
    await seedPieces(running.core.db, (setup.value as SessionUser).id)
    const results: BenchResult[] = []
    for (const format of ['xlsx', 'csv'] as const) {
      const times: number[] = []
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now()
        const result = await running.dispatch('bench', 'reports', 'spreadsheet', { request: { list: 'piezas', filters: {} }, format })
        times.push(performance.now() - started)
        if (!result.ok) throw new Error(result.error.message)
        const rowCount = (result.value as GeneratedFile).rowCount
        if (rowCount !== PIECES) throw new Error(`La hoja tiene ${rowCount} filas; se esperaban ${PIECES}.`)
      }
      const slowest = Math.max(...times)
      results.push({
        name: `Hoja de ${PIECES.toLocaleString('es-CO')} piezas en ${format} (la más lenta de ${RUNS})`,
        value: Math.round(slowest),
        unit: 'ms',
        target: `≤ ${TARGET_MS.toLocaleString('es-CO')} ms`,
        ok: slowest <= TARGET_MS
      })
    }
    return results
  } finally {
    await running.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
