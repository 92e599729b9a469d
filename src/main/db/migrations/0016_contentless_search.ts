import { sql, type Kysely } from 'kysely'

/**
 * The search index keeps no copy of the text it indexes (a contentless FTS5 table whose rows can
 * still be deleted): nothing reads the text back from it, and the copy was a fifth of a large
 * archive's database, copied again by every daily backup. The rows are written again from the
 * catalogue, in key order. (A database that had the copy keeps its pages as free space until it
 * is vacuumed.) Frozen copy of the index's source as it was when this migration shipped.
 */
const statements = [
  `DROP TABLE asset_search`,
  `CREATE VIRTUAL TABLE asset_search USING fts5(
    title, description, keywords, people, place, event, facets,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2',
    content = '',
    contentless_delete = 1
  )`,
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
  ORDER BY a.search_key`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
