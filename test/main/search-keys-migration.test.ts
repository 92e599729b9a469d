import { describe, expect, it } from 'vitest'
import { KEY_SPAN, dayKey } from '../../src/main/archive/search-index'
import { migrateToLatest } from '../../src/main/db/connection'
import { useBareDatabase } from '../support/migration-db'

const open = useBareDatabase()

describe('0014_archive_search_keys', () => {
  it('re-keys the search index of an existing archive by date and adds the facet tokens', async () => {
    const { sqlite, unknownDb: db } = open()
    await migrateToLatest(db, '0013_archive_export')
    const now = '2026-03-10T14:00:00.000Z'
    sqlite.prepare("INSERT INTO archive_events (name, created_at, updated_at) VALUES ('Rueda de prensa del alcalde', ?, ?)").run(now, now)
    const insert = sqlite.prepare(
      `INSERT INTO assets (kind, sha256, size, mime, original_name, storage_mode, master_path, captured_on, captured_year, title, creator, event_id, status, created_at, updated_at, consent_status)
       VALUES (?, ?, 10, 'image/jpeg', ?, 'copia', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'no_requerida')`
    )
    const dated = Number(insert.run('foto', 'a'.repeat(64), 'a.jpg', 'a.jpg', '2026-03-09', 2026, 'Vacunación en la vereda', 'Dana Forero', 1, 'catalogado', now, now).lastInsertRowid)
    const undated = Number(insert.run('video', 'b'.repeat(64), 'b.mp4', 'b.mp4', null, null, 'Entrevista', '', null, 'sin_catalogar', now, now).lastInsertRowid)
    sqlite.prepare("INSERT INTO asset_keywords (asset_id, keyword) VALUES (?, 'salud')").run(dated)
    // The 0003 index, keyed by asset id, as the catalogue service kept it.
    sqlite.prepare("INSERT INTO asset_search (rowid, title, description, keywords, people, place, event) VALUES (?, 'Vacunación en la vereda a.jpg', '', 'salud', '', '', 'Rueda de prensa del alcalde')").run(dated)
    sqlite.prepare("INSERT INTO asset_search (rowid, title, description, keywords, people, place, event) VALUES (?, 'Entrevista b.mp4', '', '', '', '', '')").run(undated)

    expect(await migrateToLatest(db, '0014_archive_search_keys')).toEqual(['0014_archive_search_keys'])
    const keys = sqlite.prepare('SELECT id, search_key FROM assets ORDER BY id').all() as { id: number; search_key: number }[]
    expect(keys).toEqual([
      { id: dated, search_key: dayKey('2026-03-09') + dated },
      { id: undated, search_key: undated }
    ])
    const match = (q: string) => sqlite.prepare(`SELECT rowid % ${KEY_SPAN} FROM asset_search WHERE asset_search MATCH ? ORDER BY rowid DESC`).pluck().all(q)
    expect(match('vacunacion')).toEqual([dated])
    expect(match('prensa AND salud')).toEqual([dated])
    expect(match('facets : (zkfoto OR zkvideo)')).toEqual([dated, undated])
    expect(match('facets : zscatalogado AND facets : zy2026 AND facets : ze1')).toEqual([dated])
    expect(match(`facets : zc${Buffer.from('Dana Forero').toString('hex')}`)).toEqual([dated])
    expect(sqlite.prepare('SELECT count(*) FROM asset_search').pluck().get()).toBe(2)
    expect(sqlite.prepare("SELECT term FROM asset_search_vocab WHERE term >= 'vac' AND term < 'vad'").pluck().all()).toEqual(['vacunacion'])
  })

  it('0016 keeps the same index without its copy of the text, and its rows can still be deleted', async () => {
    const { sqlite, unknownDb: db } = open()
    await migrateToLatest(db, '0015_embedded_thumbnails')
    const now = '2026-03-10T14:00:00.000Z'
    const insert = sqlite.prepare(
      `INSERT INTO assets (kind, sha256, size, mime, original_name, storage_mode, master_path, captured_on, captured_year, title, creator, status, created_at, updated_at, consent_status)
       VALUES ('foto', ?, 10, 'image/jpeg', ?, 'copia', ?, '2026-03-09', 2026, ?, '', 'catalogado', ?, ?, 'no_requerida')`
    )
    const first = Number(insert.run('a'.repeat(64), 'a.jpg', 'a.jpg', 'Vacunación en la vereda', now, now).lastInsertRowid)
    const second = Number(insert.run('b'.repeat(64), 'b.jpg', 'b.jpg', 'Vacunación escolar', now, now).lastInsertRowid)
    sqlite.prepare(`UPDATE assets SET search_key = ? + id`).run(dayKey('2026-03-09'))
    sqlite.prepare(`INSERT INTO asset_search (rowid, title, facets) SELECT search_key, title, 'zkfoto' FROM assets`).run()

    expect(await migrateToLatest(db, '0016_contentless_search')).toEqual(['0016_contentless_search'])
    const match = (q: string) => sqlite.prepare(`SELECT rowid % ${KEY_SPAN} FROM asset_search WHERE asset_search MATCH ? ORDER BY rowid DESC`).pluck().all(q)
    expect(match('vacunacion')).toEqual([second, first])
    expect(match('facets : zscatalogado AND escolar')).toEqual([second])
    expect(sqlite.prepare('SELECT title FROM asset_search').pluck().all()).toEqual([null, null])
    sqlite.prepare(`DELETE FROM asset_search WHERE rowid = (SELECT search_key FROM assets WHERE id = ?)`).run(second)
    expect(match('vacunacion')).toEqual([first])
    expect(sqlite.prepare("SELECT term FROM asset_search_vocab WHERE term >= 'vac' AND term < 'vad'").pluck().all()).toEqual(['vacunacion'])
  })

  it('0017 queues again the previews of the formats the preview pass has learnt to read', async () => {
    const { sqlite, unknownDb: db } = open()
    await migrateToLatest(db, '0016_contentless_search')
    const now = '2026-03-10T14:00:00.000Z'
    const insert = sqlite.prepare(
      `INSERT INTO assets (kind, sha256, size, mime, original_name, storage_mode, master_path, title, creator, status, created_at, updated_at, consent_status, preview_state)
       VALUES ('foto', ?, 10, 'image/jpeg', ?, 'copia', ?, '', '', 'catalogado', ?, ?, 'no_requerida', ?)`
    )
    const cases: [string, string][] = [
      ['IMG_0001.HEIC', 'fallida'],
      ['DSC_0420.NEF', 'no_disponible'],
      ['afiche.psd', 'no_disponible'],
      ['informe.pdf', 'no_disponible'],
      ['foto.jpg', 'fallida'],
      ['acta.docx', 'no_disponible'],
      ['IMG_0002.HEIC', 'lista']
    ]
    cases.forEach(([name, state], i) => insert.run(String(i).repeat(64).slice(0, 64), name, name, now, now, state))
    expect(await migrateToLatest(db)).toEqual(['0017_more_previews'])
    const states = sqlite.prepare('SELECT original_name, preview_state FROM assets ORDER BY id').all()
    expect(states).toEqual([
      { original_name: 'IMG_0001.HEIC', preview_state: 'pendiente' },
      { original_name: 'DSC_0420.NEF', preview_state: 'pendiente' },
      { original_name: 'afiche.psd', preview_state: 'pendiente' },
      { original_name: 'informe.pdf', preview_state: 'pendiente' },
      { original_name: 'foto.jpg', preview_state: 'fallida' },
      { original_name: 'acta.docx', preview_state: 'no_disponible' },
      { original_name: 'IMG_0002.HEIC', preview_state: 'lista' }
    ])
  })
})
