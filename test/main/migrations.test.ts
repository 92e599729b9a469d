import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { migrateToLatest, type OpenedDatabase } from '../../src/main/db/connection'
import { migrations } from '../../src/main/db/migrations'
import { startCore } from '../../src/main/core/create-core'
import { TestHost } from '../support/core'
import { useBareDatabase } from '../support/migration-db'

const open = useBareDatabase()
const asUnknown = (db: OpenedDatabase['db']) => db as unknown as Kysely<unknown>

describe('migrations', () => {
  it('take an empty database to the latest schema, and a second run does nothing', async () => {
    const { db, sqlite } = open()
    const applied = await migrateToLatest(asUnknown(db))
    expect(applied).toEqual(Object.keys(migrations))
    expect(await migrateToLatest(asUnknown(db))).toEqual([])
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'asset_search_%' ORDER BY name").pluck().all()
    expect(tables).toEqual([
      'archive_events', 'archive_export_assets', 'archive_exports', 'asset_keywords', 'asset_people',
      'asset_retention', 'asset_search', 'assets', 'audit_log', 'backup_settings', 'bulletin_send_recipients',
      'bulletin_sends', 'catalogue_items', 'content_versions', 'coverage_events', 'coverages', 'delegations',
      'design_version_files', 'design_versions', 'destinations', 'distribution_list_members', 'distribution_lists',
      'entity_settings', 'fixity_checks', 'fixity_runs', 'fixity_schedule', 'fixity_scheduled_runs',
      'generated_files', 'improvement_actions', 'improvement_findings', 'improvement_progress',
      'indicator_measurements', 'indicator_sheets', 'ingest_items', 'ingests', 'inquiries', 'inquiry_settings',
      'media_clips', 'media_contacts', 'media_digests', 'outbox', 'piece_assets', 'piece_audiences', 'piece_channels',
      'pieces', 'plan_activities', 'plan_activity_audiences', 'plan_activity_channels', 'plan_strategies', 'plans',
      'press_bulletins', 'press_conference_assets', 'press_conference_clips', 'press_conference_invitees',
      'press_conferences', 'publications', 'report_header', 'request_audiences', 'request_channels', 'requests',
      'retention_series', 'reviews', 'risk_controls', 'risk_followups', 'risks', 'saved_searches',
      'scheduled_exports', 'social_stats', 'stored_files', 'users'
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
  it('is reported as damaged and left exactly as it was', async () => {
    // The bare database's folder, with its file replaced by garbage before Pauta opens it.
    const bare = open()
    await bare.close()
    const file = join(bare.dir, 'pauta.sqlite')
    const garbage = Buffer.from('esto no es una base de datos SQLite, es un documento dañado'.repeat(100))
    writeFileSync(file, garbage)
    await expect(startCore({ dataDir: bare.dir, host: new TestHost(), log: () => {} })).rejects.toMatchObject({ code: 'DB_DAMAGED' })
    expect(readFileSync(file).equals(garbage)).toBe(true)
  })
})

describe('0002_reports_delivery', () => {
  it('adds the report, delivery and backup tables to a database holding 0001 data, which stays intact', async () => {
    const { db, sqlite } = open()
    await migrateToLatest(asUnknown(db), '0001_foundation')
    const now = '2026-03-10T14:00:00.000Z'
    sqlite.prepare("INSERT INTO entity_settings (id, entity_name, office_name, updated_at) VALUES (1, 'Alcaldía de Cajicá', 'Oficina', ?)").run(now)
    sqlite.prepare("INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at) VALUES ('jefe', 'Laura', 'jefe', 'x', ?, ?)").run(now, now)
    expect(await migrateToLatest(asUnknown(db), '0002_reports_delivery')).toEqual(['0002_reports_delivery'])
    expect(sqlite.prepare('SELECT entity_name FROM entity_settings').pluck().get()).toBe('Alcaldía de Cajicá')
    sqlite.prepare("INSERT INTO destinations (name, path, created_at, updated_at) VALUES ('Planeación', '/tmp/x', ?, ?)").run(now, now)
    // An outbox item keeps the file's bytes; a delivered one must say where and when.
    const insertOutbox = sqlite.prepare(
      "INSERT INTO outbox (destination_id, file_name, content, sha256, size, state, created_at, delivered_path, delivered_at) VALUES (1, 'a.pdf', ?, ?, 3, ?, ?, ?, ?)"
    )
    insertOutbox.run(Buffer.from('abc'), 'a'.repeat(64), 'pendiente', now, null, null)
    expect(() => insertOutbox.run(Buffer.from('abc'), 'a'.repeat(64), 'entregado', now, null, null)).toThrow(/CHECK/)
    expect(() =>
      sqlite.prepare("INSERT INTO social_stats (network, month, source, updated_by, updated_at) VALUES ('myspace', '2026-03', 'manual', 1, ?)").run(now)
    ).toThrow(/CHECK/)
  })
})

describe('0003_archive', () => {
  it('adds the archive to a database holding pieces, and its search ignores accents', async () => {
    const { db, sqlite } = open()
    await migrateToLatest(asUnknown(db), '0002_reports_delivery')
    const now = '2026-03-10T14:00:00.000Z'
    sqlite.prepare("INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at) VALUES ('jefe', 'Laura', 'jefe', 'x', ?, ?)").run(now, now)
    expect(await migrateToLatest(asUnknown(db), '0003_archive')).toEqual(['0003_archive'])
    expect(sqlite.prepare('SELECT full_name FROM users').pluck().get()).toBe('Laura')
    const insertAsset = sqlite.prepare(
      "INSERT INTO assets (kind, sha256, size, mime, original_name, storage_mode, master_path, created_at, updated_at, consent_status) VALUES ('foto', ?, 10, 'image/jpeg', 'a.jpg', 'copia', '2026/03/a.jpg', ?, ?, ?)"
    )
    const { lastInsertRowid } = insertAsset.run('b'.repeat(64), now, now, 'no_requerida')
    // Consent "otorgada" needs the date it was granted.
    expect(() => insertAsset.run('c'.repeat(64), now, now, 'otorgada')).toThrow(/CHECK/)
    sqlite.prepare("INSERT INTO asset_search (rowid, title, description, keywords, people, place, event) VALUES (?, 'Jornada de vacunación', '', 'salud', '', 'Cajicá', '')").run(lastInsertRowid)
    expect(sqlite.prepare("SELECT rowid FROM asset_search WHERE asset_search MATCH 'vacunacion cajica'").pluck().all()).toEqual([Number(lastInsertRowid)])
  })
})
