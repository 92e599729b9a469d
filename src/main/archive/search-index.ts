import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../db/schema'

/**
 * The FTS5 index of the archive, built from the catalogue in SQL so it never disagrees with the
 * tables. Its rowid is the asset's *search key*: (day of the asset's date, counted from 1800-01-01,
 * 0 when undated) × 2³² + asset id. FTS5 walks rowids in order, so matches come out newest first
 * without reading them all, a date range is a rowid range, and ties keep the (date, id) order the
 * grid uses. Facet values are tokens of the `facets` column (kind, status, year, event,
 * dependencia, creator), so text and facets are answered together by FTS5.
 *
 * There are no triggers: every write that changes a searchable field, a facet or the date calls
 * `indexAsset(s)` in the same transaction. The original file name goes with the title so
 * "IMG_0123" finds the photo.
 */
export const KEY_SPAN = 4294967296

/** The search key of a Colombian date "aaaa-mm-dd": the first key of that day. */
export function dayKey(isoDate: string): number {
  const days = Math.floor((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1800, 0, 1)) / 86_400_000)
  return Math.max(1, days + 1) * KEY_SPAN
}

export const assetIdOfKey = (key: number): number => key % KEY_SPAN

const KEY_SQL = `(CASE WHEN a.captured_on IS NULL THEN 0 ELSE max(1, CAST(julianday(a.captured_on) - julianday('1800-01-01') AS INTEGER) + 1) END) * ${KEY_SPAN} + a.id`

/** Facet tokens: a prefix per facet and the value, letters and digits only so one value is one token. */
export const facetToken = {
  kind: (kind: string) => `zk${kind}`,
  status: (status: string) => `zs${status.replace(/_/g, '')}`,
  year: (year: number) => `zy${year}`,
  event: (id: number) => `ze${id}`,
  dependencia: (id: number) => `zd${id}`,
  creator: (creator: string) => `zc${Buffer.from(creator, 'utf8').toString('hex')}`
}

const FACETS_SQL = `'zk' || a.kind || ' zs' || replace(a.status, '_', '')
  || coalesce(' zy' || a.captured_year, '') || coalesce(' ze' || a.event_id, '')
  || coalesce(' zd' || a.dependencia_id, '') || CASE WHEN a.creator <> '' THEN ' zc' || hex(a.creator) ELSE '' END`

const SOURCE = `
  SELECT a.search_key,
    trim(a.title || ' ' || a.original_name),
    a.description,
    coalesce((SELECT group_concat(k.keyword, ' ') FROM asset_keywords k WHERE k.asset_id = a.id), ''),
    coalesce((SELECT group_concat(p.name, ' ') FROM asset_people p WHERE p.asset_id = a.id), ''),
    trim(a.place || ' ' || a.city),
    coalesce(e.name, ''),
    ${FACETS_SQL}
  FROM assets a LEFT JOIN archive_events e ON e.id = a.event_id`

const COLUMNS = 'asset_search(rowid, title, description, keywords, people, place, event, facets)'

/**
 * Counts the writes to the index: the vocabulary read before one may be stale (match.ts caches
 * it, because reading it costs milliseconds for a word in much of a large archive).
 */
let generation = 0
export const searchIndexGeneration = (): number => generation

/** Drops the FTS rows of the assets `which` selects, recomputes their keys and writes them again. */
async function reindex(db: Kysely<Database>, which: RawBuilder<unknown>): Promise<void> {
  generation++
  await sql`DELETE FROM asset_search WHERE rowid IN (SELECT a.search_key FROM assets a WHERE a.search_key IS NOT NULL AND ${which})`.execute(db)
  await sql`UPDATE assets AS a SET search_key = ${sql.raw(KEY_SQL)} WHERE ${which}`.execute(db)
  await sql`INSERT INTO ${sql.raw(COLUMNS)} ${sql.raw(SOURCE)} WHERE ${which}`.execute(db)
}

/** (Re)writes one asset's search row; call inside the transaction that changed the asset. */
export async function indexAsset(db: Kysely<Database>, assetId: number): Promise<void> {
  await reindex(db, sql`a.id = ${assetId}`)
}

/** Up to this many ids go in the statements themselves; more go through a temporary table. */
const INLINE_IDS = 500

/** (Re)writes the search rows of many assets in three statements (an ingest batch, a batch edit of thousands). */
export async function indexAssets(db: Kysely<Database>, assetIds: readonly number[]): Promise<void> {
  if (assetIds.length === 0) return
  if (assetIds.length <= INLINE_IDS) return reindex(db, sql`a.id IN (${sql.join(assetIds)})`)
  await sql`CREATE TEMP TABLE IF NOT EXISTS reindex_ids (id INTEGER PRIMARY KEY)`.execute(db)
  await sql`DELETE FROM temp.reindex_ids`.execute(db)
  const ids = [...new Set(assetIds)]
  // SQLite binds at most 32,766 parameters per statement.
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000)
    await sql`INSERT INTO temp.reindex_ids (id) VALUES ${sql.join(chunk.map((id) => sql`(${id})`))}`.execute(db)
  }
  await reindex(db, sql`a.id IN (SELECT id FROM temp.reindex_ids)`)
  await sql`DELETE FROM temp.reindex_ids`.execute(db)
}

/** Re-indexes every asset of an event (its name is part of each asset's row). */
export async function indexEventAssets(db: Kysely<Database>, eventId: number): Promise<void> {
  await reindex(db, sql`a.event_id = ${eventId}`)
}

/** Rebuilds the whole index: for bulk loads, where per-row indexing is too slow. */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<void> {
  generation++
  await sql`INSERT INTO asset_search(asset_search) VALUES ('delete-all')`.execute(db)
  await sql`UPDATE assets AS a SET search_key = ${sql.raw(KEY_SQL)}`.execute(db)
  // In key order: FTS5 builds its segments several times faster than from shuffled rowids.
  await sql`INSERT INTO ${sql.raw(COLUMNS)} ${sql.raw(SOURCE)} ORDER BY a.search_key`.execute(db)
}
