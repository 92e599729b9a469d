import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema'

/**
 * The FTS5 row of an asset (rowid = asset id), built from the catalogue in SQL so the index never
 * disagrees with the tables. There are no triggers: every write that changes a searchable field
 * (title, original name, description, keywords, people, place, city, event) calls `indexAsset` in
 * the same transaction. The original file name goes with the title so "IMG_0123" finds the photo.
 */
const SOURCE = `
  SELECT a.id,
    trim(a.title || ' ' || a.original_name),
    a.description,
    coalesce((SELECT group_concat(k.keyword, ' ') FROM asset_keywords k WHERE k.asset_id = a.id), ''),
    coalesce((SELECT group_concat(p.name, ' ') FROM asset_people p WHERE p.asset_id = a.id), ''),
    trim(a.place || ' ' || a.city),
    coalesce(e.name, '')
  FROM assets a LEFT JOIN archive_events e ON e.id = a.event_id`

const COLUMNS = 'asset_search(rowid, title, description, keywords, people, place, event)'

/** (Re)writes one asset's search row; call inside the transaction that changed the asset. */
export async function indexAsset(db: Kysely<Database>, assetId: number): Promise<void> {
  await sql`DELETE FROM asset_search WHERE rowid = ${assetId}`.execute(db)
  await sql`INSERT INTO ${sql.raw(COLUMNS)} ${sql.raw(SOURCE)} WHERE a.id = ${assetId}`.execute(db)
}

/** Re-indexes every asset of an event (its name is part of each asset's row). */
export async function indexEventAssets(db: Kysely<Database>, eventId: number): Promise<void> {
  await sql`DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE event_id = ${eventId})`.execute(db)
  await sql`INSERT INTO ${sql.raw(COLUMNS)} ${sql.raw(SOURCE)} WHERE a.event_id = ${eventId}`.execute(db)
}

/** Rebuilds the whole index in one statement: for bulk loads, where per-row indexing is too slow. */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<void> {
  await sql`DELETE FROM asset_search`.execute(db)
  await sql`INSERT INTO ${sql.raw(COLUMNS)} ${sql.raw(SOURCE)}`.execute(db)
}
