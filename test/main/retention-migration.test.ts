import { describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../src/main/db/connection'
import { useBareDatabase } from '../support/migration-db'

const open = useBareDatabase()

describe('0005_retention', () => {
  it('adds the retention table to an archive holding assets, with its rules in the schema', async () => {
    const { sqlite, unknownDb: db } = open()
    await migrateToLatest(db, '0004_fixity')
    const now = '2026-03-10T14:00:00.000Z'
    const { lastInsertRowid: assetId } = sqlite
      .prepare(
        "INSERT INTO assets (kind, sha256, size, mime, original_name, storage_mode, master_path, created_at, updated_at, consent_status) VALUES ('foto', ?, 10, 'image/jpeg', 'a.jpg', 'copia', '2026/03/a.jpg', ?, ?, 'no_requerida')"
      )
      .run('b'.repeat(64), now, now)
    expect(await migrateToLatest(db, '0005_retention')).toEqual(['0005_retention'])
    expect(sqlite.prepare('SELECT original_name FROM assets').pluck().get()).toBe('a.jpg')

    const insertSerie = sqlite.prepare(
      'INSERT INTO retention_series (code, serie, years_gestion, years_central, disposition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
    )
    const { lastInsertRowid: serieId } = insertSerie.run('110.25', 'Registros audiovisuales', 2, 8, 'conservacion_total', now, now)
    expect(() => insertSerie.run('110.25', 'Otra', 1, 1, 'eliminacion', now, now)).toThrow(/UNIQUE/)
    expect(() => insertSerie.run('110.26', 'Otra', -1, 1, 'eliminacion', now, now)).toThrow(/CHECK/)
    expect(() => insertSerie.run('110.27', 'Otra', 1, 1, 'quemar', now, now)).toThrow(/CHECK/)

    const assign = sqlite.prepare('INSERT INTO asset_retention (asset_id, serie_id, starts_on, assigned_at) VALUES (?, ?, ?, ?)')
    assign.run(assetId, serieId, '2026-03-01', now)
    expect(() => assign.run(assetId, serieId, '2026-03-01', now)).toThrow(/UNIQUE|PRIMARY/)
    expect(() => assign.run(9999, serieId, '2026-03-01', now)).toThrow(/FOREIGN KEY/)
  })
})
