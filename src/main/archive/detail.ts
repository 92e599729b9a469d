import { existsSync } from 'node:fs'
import type { AssetDetail } from '../../shared/contract'
import type { Ctx } from '../core/context'
import { notFound } from '../core/errors'
import type { Db } from '../db/connection'
import { toCard } from './cards'
import { masterPath } from './storage'

export const assetNotFound = () => notFound('el archivo del banco audiovisual')

/** Throws NOT_FOUND unless the asset exists; for writes, call it inside their transaction. */
export async function assertAssetExists(db: Db, assetId: number): Promise<{ id: number; title: string; original_name: string }> {
  const row = await db.selectFrom('assets').select(['id', 'title', 'original_name']).where('id', '=', assetId).executeTakeFirst()
  if (!row) throw assetNotFound()
  return row
}

/** How an asset is named in messages and the audit trail. */
export const assetName = (row: { title: string; original_name: string }): string => row.title || row.original_name

const byName = (a: string, b: string) => a.localeCompare(b, 'es-CO', { sensitivity: 'base' })

export async function getAssetDetail(ctx: Ctx, assetId: number): Promise<AssetDetail> {
  const a = await ctx.db
    .selectFrom('assets')
    .leftJoin('archive_events as e', 'e.id', 'assets.event_id')
    .selectAll('assets')
    .select('e.name as event_name')
    .where('assets.id', '=', assetId)
    .executeTakeFirst()
  if (!a) throw assetNotFound()
  const [keywords, people, pieces] = await Promise.all([
    ctx.db.selectFrom('asset_keywords').select('keyword').where('asset_id', '=', assetId).execute(),
    ctx.db.selectFrom('asset_people').select('name').where('asset_id', '=', assetId).execute(),
    ctx.db
      .selectFrom('piece_assets as pa')
      .innerJoin('pieces as p', 'p.id', 'pa.piece_id')
      .select(['p.id', 'p.code', 'p.title'])
      .where('pa.asset_id', '=', assetId)
      .orderBy('p.id')
      .execute()
  ])
  const master = masterPath(ctx.core.dataDir, a)
  const offline = master === null || !existsSync(master)
  const { host } = ctx.core
  return {
    ...toCard(a, host, ctx.today, offline),
    sha256: a.sha256,
    size: a.size,
    mime: a.mime,
    storageMode: a.storage_mode,
    masterLocation: a.master_path,
    volumeLabel: a.volume_label,
    previewUrl: a.preview_path ? host.assetUrl(a.id, 'preview') : null,
    masterUrl: host.assetUrl(a.id, 'master'),
    capturedAt: a.captured_at,
    width: a.width,
    height: a.height,
    durationSeconds: a.duration_seconds,
    codec: a.codec,
    camera: a.camera,
    gps: a.gps_lat !== null && a.gps_lon !== null ? { lat: a.gps_lat, lon: a.gps_lon } : null,
    description: a.description,
    keywords: keywords.map((k) => k.keyword).sort(byName),
    people: people.map((p) => p.name).sort(byName),
    creator: a.creator,
    credit: a.credit,
    copyright: a.copyright,
    place: a.place,
    city: a.city,
    eventId: a.event_id,
    dependenciaId: a.dependencia_id,
    rating: a.rating,
    consentStatus: a.consent_status,
    consentMinors: a.consent_minors === 1,
    consentGrantedOn: a.consent_granted_on,
    consentExpiresOn: a.consent_expires_on,
    consentScope: a.consent_scope,
    consentDocumentUrl: a.consent_document_file_id === null ? null : host.mediaUrl(a.consent_document_file_id),
    pieces,
    createdAt: a.created_at,
    updatedAt: a.updated_at
  }
}
