import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { z } from 'zod'
import type { IngestTemplate } from '../../shared/contract/archive'
import type { AssetKind } from '../../shared/domain/archive'
import { archiveCacheDir } from '../archive/storage'
import { indexAsset } from '../archive/search-index'
import type { Db } from '../db/connection'
import type { Trx } from '../core/context'
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
export async function assetWithHash(db: Db, sha256: string): Promise<{ id: number; thumb_path: string | null } | undefined> {
  return db.selectFrom('assets').select(['id', 'thumb_path']).where('sha256', '=', sha256).executeTakeFirst()
}

export async function itemIsPending(db: Db, itemId: number): Promise<boolean> {
  const row = await db.selectFrom('ingest_items').select('state').where('id', '=', itemId).executeTakeFirst()
  return row?.state === 'pendiente'
}

export type RecordOutcome = 'catalogado' | 'duplicado' | 'omitido'

/**
 * Records catalogued files: each asset with its keywords, its search row and its item. A batch
 * shares one transaction (FTS5 writes a segment per commit), and a crash leaves all of it or none.
 * Answers what became of each item; 'omitido' when it was cancelled (or handled) meanwhile.
 */
export async function recordAssets(db: Db, list: NewAsset[]): Promise<RecordOutcome[]> {
  return db.transaction().execute(async (trx) => {
    const outcomes: RecordOutcome[] = []
    for (const a of list) outcomes.push(await recordAsset(trx, a))
    return outcomes
  })
}

async function recordAsset(trx: Trx, a: NewAsset): Promise<RecordOutcome> {
  const item = await trx.selectFrom('ingest_items').select('state').where('id', '=', a.item.id).executeTakeFirst()
  if (item?.state !== 'pendiente') return 'omitido'
  const existing = await trx.selectFrom('assets').select('id').where('sha256', '=', a.result.sha256).executeTakeFirst()
  if (existing) {
    await trx.updateTable('ingest_items').set({ state: 'duplicado', asset_id: existing.id }).where('id', '=', a.item.id).execute()
    return 'duplicado'
  }
  const m = a.result.metadata
  const t = a.template
  const inserted = await trx
    .insertInto('assets')
    .values({
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
      thumb_path: a.result.thumbPath,
      preview_path: null,
      preview_state: previewable(a.originalName, a.kind) ? 'pendiente' : 'no_disponible',
      ingest_id: a.ingestId,
      created_at: a.nowIso,
      updated_at: a.nowIso
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const keywords = new Map<string, string>()
  for (const k of [...(m?.keywords ?? []), ...t.keywords]) keywords.set(k.toLocaleLowerCase('es-CO'), k)
  if (keywords.size > 0) {
    await trx
      .insertInto('asset_keywords')
      .values([...keywords.values()].map((keyword) => ({ asset_id: inserted.id, keyword })))
      .execute()
  }
  await indexAsset(trx, inserted.id)
  await trx
    .updateTable('ingest_items')
    .set({ state: 'catalogado', asset_id: inserted.id, error: a.result.warning ?? '' })
    .where('id', '=', a.item.id)
    .execute()
  return 'catalogado'
}

export async function recordFailure(db: Db, itemId: number, reason: string): Promise<void> {
  await db.updateTable('ingest_items').set({ state: 'fallido', error: reason }).where('id', '=', itemId).where('state', '=', 'pendiente').execute()
}

/** Removes a cache file written for bytes that turned out to be already catalogued. */
export async function dropCacheFile(dataDir: string, relative: string | null): Promise<void> {
  if (relative) await rm(join(archiveCacheDir(dataDir), relative), { force: true })
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
