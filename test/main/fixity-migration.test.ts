import { describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../src/main/db/connection'
import { useBareDatabase } from '../support/migration-db'

const open = useBareDatabase()

describe('0004_fixity', () => {
  it('adds the fixity tables to a database holding archive assets, which stay intact', async () => {
    const { sqlite, unknownDb: db } = open()
    await migrateToLatest(db, '0003_archive')
    const now = '2026-03-10T14:00:00.000Z'
    sqlite.prepare("INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at) VALUES ('rosa', 'Rosa', 'archivista', 'x', ?, ?)").run(now, now)
    sqlite
      .prepare("INSERT INTO assets (kind, sha256, size, mime, original_name, storage_mode, master_path, created_at, updated_at) VALUES ('foto', ?, 10, 'image/jpeg', 'a.jpg', 'copia', '2026/03/a.jpg', ?, ?)")
      .run('b'.repeat(64), now, now)
    expect(await migrateToLatest(db, '0004_fixity')).toEqual(['0004_fixity'])
    expect(sqlite.prepare('SELECT original_name FROM assets').pluck().get()).toBe('a.jpg')
    const run = sqlite.prepare("INSERT INTO fixity_runs (scope, state, total, started_at, created_by) VALUES ('todo', 'en_curso', 1, ?, 1)").run(now)
    const check = sqlite.prepare('INSERT INTO fixity_checks (run_id, asset_id, checked_at, result) VALUES (?, 1, ?, ?)')
    check.run(run.lastInsertRowid, now, 'faltante')
    expect(() => check.run(run.lastInsertRowid, now, 'perdido')).toThrow(/CHECK/)
    expect(() => sqlite.prepare("INSERT INTO fixity_runs (scope, state, total, started_at, created_by) VALUES ('algunos', 'en_curso', 1, ?, 1)").run(now)).toThrow(/CHECK/)
    expect(() => check.run(99, now, 'ok')).toThrow(/FOREIGN KEY/)
  })
})
