import { describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../src/main/db/connection'
import { useBareDatabase } from '../support/migration-db'

const open = useBareDatabase()

describe('0013_archive_export', () => {
  it('adds export jobs and the fixity schedule, whose CHECKs refuse inconsistent rows', async () => {
    const { sqlite, unknownDb: db } = open()
    await migrateToLatest(db, '0012_archive_curation')
    const now = '2026-03-10T14:00:00.000Z'
    sqlite.prepare("INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at) VALUES ('rosa', 'Rosa', 'archivista', 'x', ?, ?)").run(now, now)
    const run = sqlite.prepare("INSERT INTO fixity_runs (scope, state, total, started_at, created_by) VALUES ('todo', 'en_curso', 1, ?, 1)").run(now)
    expect(await migrateToLatest(db, '0013_archive_export')).toEqual(['0013_archive_export'])

    const insertExport = sqlite.prepare(
      `INSERT INTO archive_exports (name, destination_path, bag_path, partial_path, state, xmp_sidecars, embed_xmp, total_files, total_bytes, error, started_at, finished_at, created_by)
       VALUES (@name, '/d', '/d/p', @partial, @state, 0, 1, @files, 10, @error, ?, @finished, 1)`
    )
    const ok = { name: 'Paquete', partial: '/d/p.partial', state: 'en_curso', files: 1, error: null, finished: null }
    insertExport.run(ok, now)
    expect(() => insertExport.run({ ...ok, state: 'perdida' }, now)).toThrow(/CHECK/)
    expect(() => insertExport.run({ ...ok, files: 0 }, now)).toThrow(/CHECK/)
    expect(() => insertExport.run({ ...ok, partial: '/d/p' }, now)).toThrow(/CHECK/)
    // A finished job has its end time; a failed one says why.
    expect(() => insertExport.run({ ...ok, state: 'terminada' }, now)).toThrow(/CHECK/)
    expect(() => insertExport.run({ ...ok, state: 'fallida', finished: now }, now)).toThrow(/CHECK/)
    insertExport.run({ ...ok, state: 'fallida', finished: now, error: 'Sin espacio' }, now)

    const schedule = sqlite.prepare('INSERT OR REPLACE INTO fixity_schedule (id, frequency, weekday, month_day, hour, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1)')
    expect(() => schedule.run(1, 'semanal', null, null, 2, now)).toThrow(/CHECK/)
    expect(() => schedule.run(1, 'mensual', null, 31, 2, now)).toThrow(/CHECK/)
    expect(() => schedule.run(1, 'diaria', null, null, 2, now)).toThrow(/CHECK/)
    expect(() => schedule.run(2, 'apagada', null, null, 2, now)).toThrow(/CHECK/)
    schedule.run(1, 'semanal', 1, null, 2, now)
    sqlite.prepare('INSERT INTO fixity_scheduled_runs (run_id) VALUES (?)').run(run.lastInsertRowid)
    expect(() => sqlite.prepare('INSERT INTO fixity_scheduled_runs (run_id) VALUES (99)').run()).toThrow(/FOREIGN KEY/)
  })
})
