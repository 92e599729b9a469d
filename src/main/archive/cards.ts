import type { AssetCard } from '../../shared/contract'
import type { AssetKind, CatalogueStatus, ConsentStatus } from '../../shared/domain/archive'
import type { Host } from '../core/host'
import type { Db } from '../db/connection'
import { consentView } from './consent'

/** The columns a card needs; every query that lists assets selects these. */
export interface CardRow {
  id: number
  kind: AssetKind
  title: string
  original_name: string
  captured_on: string | null
  thumb_path: string | null
  embedded_thumb_offset: number | null
  consent_status: ConsentStatus
  consent_expires_on: string | null
  status: CatalogueStatus
  event_name: string | null
}

/** Cards over `assets as a` (with the event's name); callers add filters and order. */
export function cardQuery(db: Db) {
  return db
    .selectFrom('assets as a')
    .leftJoin('archive_events as e', 'e.id', 'a.event_id')
    .select([
      'a.id',
      'a.kind',
      'a.title',
      'a.original_name',
      'a.captured_on',
      'a.thumb_path',
      'a.embedded_thumb_offset',
      'a.consent_status',
      'a.consent_expires_on',
      'a.status',
      'e.name as event_name'
    ])
}

/** A WebP thumbnail made by the preview pass, or until then the one embedded in the master. */
export const hasThumbnail = (row: { thumb_path: string | null; embedded_thumb_offset: number | null }): boolean =>
  row.thumb_path !== null || row.embedded_thumb_offset !== null

/**
 * `offline` is false in lists: checking every master on disk would make each page wait on the
 * drives. The detail (`get`) checks the one master it shows.
 */
export function toCard(row: CardRow, host: Host, today: string, offline = false): AssetCard {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title || row.original_name,
    originalName: row.original_name,
    capturedOn: row.captured_on,
    thumbUrl: hasThumbnail(row) ? host.assetUrl(row.id, 'thumb') : null,
    consent: consentView(row.consent_status, row.consent_expires_on, today),
    status: row.status,
    eventName: row.event_name,
    offline
  }
}
