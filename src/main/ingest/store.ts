import { sql, type Insertable } from 'kysely'
import type { z } from 'zod'
import type { IngestTemplate } from '../../shared/contract/archive'
import type { AssetKind } from '../../shared/domain/archive'
import { indexAssets } from '../archive/search-index'
import type { Db } from '../db/connection'
import type { AssetsTable } from '../db/schema'
import type { Captured } from './capture'
import { previewable } from './kinds'
import type { CatalogueResult } from './protocol'

export type Template = z.output<typeof IngestTemplate>

export interface PendingItem {
  id: number
  relativePath: string
  size: number
}

export interface NewAsset {
  item: PendingItem
  ingestId: number
  kind: AssetKind
  mime: string
  originalName: string
  storageMode: 'copia' | 'referencia'
  masterPath: string
  volumeLabel: string | null
  captured: Captured
  result: CatalogueResult
  template: Template
  nowIso: string
}

/** The asset already catalogued with these bytes, if any. */
export async function assetWithHash(db: Db, sha256: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('assets').select('id').where('sha256', '=', sha256).executeTakeFirst()
}

export async function itemIsPending(db: Db, itemId: number): Promise<boolean> {
  const row = await db.selectFrom('ingest_items').select('state').where('id', '=', itemId).executeTakeFirst()
  return row?.state === 'pendiente'
}

export type RecordOutcome = 'catalogado' | 'duplicado' | 'omitido'

/**
 * Records catalogued files: the assets with their keywords, their search rows and their items. A
 * batch shares one transaction and a handful of statements whatever its size (FTS5 writes a
 * segment per commit, and per-file statements were most of the main thread's work in an ingest);
 * a crash leaves all of it or none. Answers what became of each item: 'omitido' when it was
 * cancelled (or handled) meanwhile, 'duplicado' when its bytes are catalogued already, including
 * by an earlier file of the same batch.
 */
export async function recordAssets(db: Db, list: NewAsset[]): Promise<RecordOutcome[]> {
  if (list.length === 0) return []
  return db.transaction().execute(async (trx) => {
    const pendingRows = await trx.selectFrom('ingest_items').select('id').where('id', 'in', list.map((a) => a.item.id)).where('state', '=', 'pendiente').execute()
    const pending = new Set(pendingRows.map((r) => r.id))
    const knownRows = await trx.selectFrom('assets').select(['id', 'sha256']).where('sha256', 'in', list.map((a) => a.result.sha256)).execute()
    const known = new Map(knownRows.map((r) => [r.sha256, r.id]))
    const fresh = new Map<string, NewAsset>()
    const outcomes = list.map((a): RecordOutcome => {
      if (!pending.delete(a.item.id)) return 'omitido'
      if (known.has(a.result.sha256) || fresh.has(a.result.sha256)) return 'duplicado'
      fresh.set(a.result.sha256, a)
      return 'catalogado'
    })
    if (fresh.size > 0) {
      const inserted = await trx
        .insertInto('assets')
        .values([...fresh.values()].map(assetRow))
        .returning(['id', 'sha256'])
        .execute()
      for (const r of inserted) known.set(r.sha256, r.id)
      const keywords = [...fresh.values()].flatMap((a) => keywordsOf(a).map((keyword) => ({ asset_id: known.get(a.result.sha256)!, keyword })))
      if (keywords.length > 0) await trx.insertInto('asset_keywords').values(keywords).execute()
      await indexAssets(trx, inserted.map((r) => r.id))
    }
    const settled = list.flatMap((a, i) => {
      const outcome = outcomes[i]!
      if (outcome === 'omitido') return []
      const warning = outcome === 'catalogado' ? (a.result.warning ?? '') : null
      return [{ itemId: a.item.id, state: outcome, assetId: known.get(a.result.sha256)!, warning }]
    })
    if (settled.length > 0) {
      const cases = <T>(value: (s: (typeof settled)[number]) => T) => sql.join(settled.map((s) => sql`WHEN ${s.itemId} THEN ${value(s)}`), sql` `)
      const warned = settled.filter((s) => s.warning !== null)
      await sql`UPDATE ingest_items SET
          state = CASE id ${cases((s) => s.state)} END,
          asset_id = CASE id ${cases((s) => s.assetId)} END,
          error = ${warned.length > 0 ? sql`CASE id ${sql.join(warned.map((s) => sql`WHEN ${s.itemId} THEN ${s.warning}`), sql` `)} ELSE error END` : sql`error`}
        WHERE id IN (${sql.join(settled.map((s) => s.itemId))})`.execute(trx)
    }
    return outcomes
  })
}

/** The embedded keywords and the template's, each once whatever its case. */
function keywordsOf(a: NewAsset): string[] {
  const keywords = new Map<string, string>()
  for (const k of [...(a.result.metadata?.keywords ?? []), ...a.template.keywords]) keywords.set(k.toLocaleLowerCase('es-CO'), k)
  return [...keywords.values()]
}

function assetRow(a: NewAsset): Insertable<AssetsTable> {
  const m = a.result.metadata
  const t = a.template
  return {
    kind: a.kind,
    sha256: a.result.sha256,
    size: a.result.size,
    mime: a.mime,
    original_name: a.originalName,
    storage_mode: a.storageMode,
    master_path: a.masterPath,
    volume_label: a.volumeLabel,
    captured_at: a.captured.at,
    captured_on: a.captured.on,
    captured_year: a.captured.year,
    width: a.result.media?.width ?? m?.width ?? null,
    height: a.result.media?.height ?? m?.height ?? null,
    duration_seconds: a.result.media?.durationSeconds ?? null,
    codec: a.result.media?.codec ?? null,
    camera: m?.camera ?? null,
    gps_lat: m?.gpsLat ?? null,
    gps_lon: m?.gpsLon ?? null,
    title: (m?.title ?? '').slice(0, 300),
    description: (m?.description ?? '').slice(0, 5000),
    creator: (t.creator || m?.creator || '').slice(0, 200),
    credit: '',
    copyright: (m?.copyright ?? '').slice(0, 500),
    place: t.place,
    city: t.city,
    event_id: t.eventId,
    dependencia_id: t.dependenciaId,
    rating: 0,
    status: 'sin_catalogar',
    consent_status: 'no_requerida',
    consent_minors: 0,
    consent_granted_on: null,
    consent_expires_on: null,
    consent_scope: '',
    consent_document_file_id: null,
    thumb_path: null,
    embedded_thumb_offset: a.result.thumbnail?.offset ?? null,
    embedded_thumb_length: a.result.thumbnail?.length ?? null,
    preview_path: null,
    preview_state: previewable(a.originalName, a.kind) ? 'pendiente' : 'no_disponible',
    ingest_id: a.ingestId,
    created_at: a.nowIso,
    updated_at: a.nowIso
  }
}

export async function recordFailure(db: Db, itemId: number, reason: string): Promise<void> {
  await db.updateTable('ingest_items').set({ state: 'fallido', error: reason }).where('id', '=', itemId).where('state', '=', 'pendiente').execute()
}

export async function recordDuplicate(db: Db, itemId: number, assetId: number): Promise<void> {
  await db.updateTable('ingest_items').set({ state: 'duplicado', asset_id: assetId }).where('id', '=', itemId).where('state', '=', 'pendiente').execute()
}

/** The next pending items of an ingest after `afterId`, in scan order. */
export async function pendingItems(db: Db, ingestId: number, afterId: number, limit: number): Promise<PendingItem[]> {
  const rows = await db
    .selectFrom('ingest_items')
    .select(['id', 'relative_path', 'size'])
    .where('ingest_id', '=', ingestId)
    .where('state', '=', 'pendiente')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ id: r.id, relativePath: r.relative_path, size: r.size }))
}

export interface PreviewCandidate {
  id: number
  kind: AssetKind
  sha256: string
  storage_mode: 'copia' | 'referencia'
  master_path: string
  duration_seconds: number | null
}

export async function pendingPreviews(db: Db, afterId: number, limit: number): Promise<PreviewCandidate[]> {
  return db
    .selectFrom('assets')
    .select(['id', 'kind', 'sha256', 'storage_mode', 'master_path', 'duration_seconds'])
    .where('preview_state', '=', 'pendiente')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute()
}

export async function recordPreview(db: Db, assetId: number, r: { state: 'lista' | 'no_disponible'; thumbPath: string | null; previewPath: string | null; width: number | null; height: number | null }): Promise<void> {
  await db
    .updateTable('assets')
    .set((eb) => ({
      preview_state: r.state,
      thumb_path: r.thumbPath ? r.thumbPath : eb.ref('thumb_path'),
      preview_path: r.previewPath,
      width: eb.fn.coalesce('width', eb.val(r.width)),
      height: eb.fn.coalesce('height', eb.val(r.height))
    }))
    .where('id', '=', assetId)
    .execute()
}

/** The preview could not be made: the asset stays catalogued and its ingest item says why. */
export async function recordPreviewFailure(db: Db, assetId: number, reason: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('assets').set({ preview_state: 'fallida' }).where('id', '=', assetId).execute()
    await trx
      .updateTable('ingest_items')
      .set({ error: sql<string>`CASE WHEN error = '' THEN ${reason} ELSE error || ' ' || ${reason} END` })
      .where('asset_id', '=', assetId)
      .where('state', '=', 'catalogado')
      .execute()
  })
}
