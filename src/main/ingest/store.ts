import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import type { IngestTemplate } from '../../shared/contract/archive'
import type { AssetKind } from '../../shared/domain/archive'
import { archiveCacheDir } from '../archive/storage'
import { indexAsset } from '../archive/search-index'
import type { Db } from '../db/connection'
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

/**
 * Records a catalogued file: the asset, its keywords, its search row and the item, in one
 * transaction, so a crash leaves either all of it or none. Answers what became of the item;
 * 'omitido' when it was cancelled (or already handled) meanwhile.
 */
export async function recordAsset(db: Db, a: NewAsset): Promise<'catalogado' | 'duplicado' | 'omitido'> {
  return db.transaction().execute(async (trx) => {
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
        copyright: (m?.copyright ?? '').slice(0, 500),
        place: t.place,
        city: t.city,
        event_id: t.eventId,
        dependencia_id: t.dependenciaId,
        thumb_path: a.result.thumbPath,
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
  })
}

export async function recordFailure(db: Db, itemId: number, reason: string): Promise<void> {
  await db.updateTable('ingest_items').set({ state: 'fallido', error: reason }).where('id', '=', itemId).where('state', '=', 'pendiente').execute()
}

/** Removes a cache file written for bytes that turned out to be already catalogued. */
export async function dropCacheFile(dataDir: string, relative: string | null): Promise<void> {
  if (relative) await rm(join(archiveCacheDir(dataDir), relative), { force: true })
}
