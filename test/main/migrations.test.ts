import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { migrateToLatest, openDatabase, type OpenedDatabase } from '../../src/main/db/connection'
import { migrations } from '../../src/main/db/migrations'
import { startCore } from '../../src/main/core/create-core'
import { TestHost } from '../support/core'

let opened: OpenedDatabase | undefined
let dir = ''
afterEach(async () => {
  await opened?.close()
  opened = undefined
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function open() {
  dir = mkdtempSync(join(tmpdir(), 'pauta-mig-'))
  opened = openDatabase(dir)
  return opened
}
const asUnknown = (db: OpenedDatabase['db']) => db as unknown as Kysely<unknown>

describe('migrations', () => {
  it('take an empty database to the latest schema, and a second run does nothing', async () => {
    const { db, sqlite } = open()
    const applied = await migrateToLatest(asUnknown(db))
    expect(applied).toEqual(Object.keys(migrations))
    expect(await migrateToLatest(asUnknown(db))).toEqual([])
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all()
    expect(tables).toEqual([
      'audit_log', 'catalogue_items', 'content_versions', 'delegations', 'design_version_files', 'design_versions',
      'entity_settings', 'piece_audiences', 'piece_channels', 'pieces', 'plan_activities', 'plan_activity_audiences',
      'plan_activity_channels', 'plan_strategies', 'plans', 'publications', 'request_audiences', 'request_channels',
      'requests', 'reviews', 'stored_files', 'users'
    ])
  })

  it('opens the database in WAL mode with foreign keys enforced', async () => {
    const { db, sqlite } = open()
    await migrateToLatest(asUnknown(db))
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(() =>
      sqlite.prepare("INSERT INTO plan_strategies (plan_id, kind, name) VALUES (999, 'prensa', 'x')").run()
    ).toThrow(/FOREIGN KEY/)
  })

  it('refuses values outside the enumerations and inconsistent rows (CHECK constraints)', async () => {
    const { db, sqlite } = open()
    await migrateToLatest(asUnknown(db))
    const now = new Date().toISOString()
    const insertUser = sqlite.prepare(
      'INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)'
    )
    expect(() => insertUser.run('a', 'A', 'superusuario', 'x', now, now)).toThrow(/CHECK/)
    insertUser.run('b', 'B', 'jefe', 'x', now, now)
    expect(() => insertUser.run('B', 'Otro', 'jefe', 'x', now, now)).toThrow(/UNIQUE/)
    expect(() =>
      sqlite.prepare("INSERT INTO plans (name, starts_on, ends_on, scope, status, created_at, updated_at) VALUES ('P', '2026-12-31', '2026-01-01', 'externa', 'vigente', ?, ?)").run(now, now)
    ).toThrow(/CHECK/)
  })

  it('keeps the audit log append-only', async () => {
    const { db } = open()
    await migrateToLatest(asUnknown(db))
    await sql`INSERT INTO audit_log (at, action, entity_type, summary) VALUES ('2026-01-01T00:00:00Z', 'x', 'y', 'z')`.execute(db)
    await expect(sql`UPDATE audit_log SET summary = 'cambiado'`.execute(db)).rejects.toThrow(/no se puede modificar/)
    await expect(sql`DELETE FROM audit_log`.execute(db)).rejects.toThrow(/no se puede borrar/)
    const rows = await sql<{ summary: string }>`SELECT summary FROM audit_log`.execute(db)
    expect(rows.rows).toEqual([{ summary: 'z' }])
  })
})

describe('a damaged database file', () => {
  it('is reported with its SQLite code and left exactly as it was', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pauta-bad-'))
    const file = join(dir, 'pauta.sqlite')
    const garbage = Buffer.from('esto no es una base de datos SQLite, es un documento dañado'.repeat(100))
    writeFileSync(file, garbage)
    await expect(startCore({ dataDir: dir, host: new TestHost(), log: () => {} })).rejects.toMatchObject({ code: 'SQLITE_NOTADB' })
    expect(readFileSync(file).equals(garbage)).toBe(true)
  })
})
