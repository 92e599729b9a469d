import { sql, type Kysely } from 'kysely'

/**
 * The search index keyed by date: each FTS row's rowid is (day of the asset's date) × 2³² + asset
 * id, so FTS5 returns matches newest first by walking its own index and stops at the page's end,
 * and a date range is a rowid range. Facet values are tokens of a `facets` column, so text and
 * facets are one FTS query. `assets.search_key` remembers each asset's rowid (its date can change);
 * rows are inserted in key order, which FTS5 builds several times faster than a shuffled order.
 * Frozen copy of the index's source as it was when this migration shipped.
 */
const statements = [
  `ALTER TABLE assets ADD COLUMN search_key INTEGER`,
  `DROP TABLE asset_search`,
  `CREATE VIRTUAL TABLE asset_search USING fts5(
    title, description, keywords, people, place, event, facets,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2'
  )`,
  `UPDATE assets SET search_key =
    (CASE WHEN captured_on IS NULL THEN 0 ELSE max(1, CAST(julianday(captured_on) - julianday('1800-01-01') AS INTEGER) + 1) END) * 4294967296 + id`,
  `INSERT INTO asset_search(rowid, title, description, keywords, people, place, event, facets)
  SELECT a.search_key,
    trim(a.title || ' ' || a.original_name),
    a.description,
    coalesce((SELECT group_concat(k.keyword, ' ') FROM asset_keywords k WHERE k.asset_id = a.id), ''),
    coalesce((SELECT group_concat(p.name, ' ') FROM asset_people p WHERE p.asset_id = a.id), ''),
    trim(a.place || ' ' || a.city),
    coalesce(e.name, ''),
    'zk' || a.kind || ' zs' || replace(a.status, '_', '')
      || coalesce(' zy' || a.captured_year, '') || coalesce(' ze' || a.event_id, '')
      || coalesce(' zd' || a.dependencia_id, '') || CASE WHEN a.creator <> '' THEN ' zc' || hex(a.creator) ELSE '' END
  FROM assets a LEFT JOIN archive_events e ON e.id = a.event_id
  ORDER BY a.search_key`,
  // The index's words, to turn a typed prefix into the few words it stands for (see match.ts).
  `CREATE VIRTUAL TABLE asset_search_vocab USING fts5vocab(asset_search, 'row')`,
  // The facet panel counts every asset when nothing is filtered: these let it read indexes only.
  `CREATE INDEX assets_status ON assets(status)`,
  `CREATE INDEX assets_dependencia ON assets(dependencia_id)`,
  `CREATE INDEX assets_creator ON assets(creator)`,
  `CREATE INDEX assets_consent ON assets(consent_status, consent_expires_on)`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
