import { sql } from 'kysely'
import type { z } from 'zod'
import type { ExportSelection } from '../../shared/contract/archive-export'
import type { AssetKind, CatalogueStatus, ConsentStatus, ConsentView } from '../../shared/domain/archive'
import type { Disposition } from '../../shared/domain/retention'
import { consentView } from '../archive/consent'
import { allOf, filterConditions } from '../archive/filters'
import { masterPath } from '../archive/storage'
import { validation } from '../core/errors'
import type { Db } from '../db/connection'

export type Selection = z.output<typeof ExportSelection>

/** The most a bag holds: a transfer larger than this is better split by year or event. */
export const MAX_EXPORT_ASSETS = 20000

// SQLite limits the parameters of one statement.
const CHUNK = 500

/** Everything the bag says about one asset. */
export interface ExportAsset {
  id: number
  kind: AssetKind
  originalName: string
  mime: string
  size: number
  sha256: string
  storageMode: 'copia' | 'referencia'
  /** Absolute path of the master, or null when the recorded path is not valid. */
  source: string | null
  volumeLabel: string | null
  title: string
  description: string
  keywords: string[]
  people: string[]
  creator: string
  credit: string
  copyright: string
  capturedOn: string | null
  capturedAt: string | null
  place: string
  city: string
  event: string | null
  dependencia: string | null
  rating: number
  status: CatalogueStatus
  consentStatus: ConsentStatus
  consent: ConsentView
  consentMinors: boolean
  consentGrantedOn: string | null
  consentExpiresOn: string | null
  consentScope: string
  retention: { code: string; serie: string; subserie: string; disposition: Disposition } | null
  width: number | null
  height: number | null
  durationSeconds: number | null
  camera: string | null
  gps: { lat: number; lon: number } | null
}

export const labelOf = (a: { title: string; originalName: string }): string => a.title || a.originalName

/** The asset ids a selection stands for, in date order; a hand-picked asset that is gone is refused. */
export async function resolveSelection(db: Db, selection: Selection, today: string): Promise<number[]> {
  if ('assetIds' in selection) {
    const wanted = [...new Set(selection.assetIds)]
    const found = new Set<number>()
    for (let i = 0; i < wanted.length; i += CHUNK) {
      const rows = await db.selectFrom('assets').select('id').where('id', 'in', wanted.slice(i, i + CHUNK)).execute()
      for (const r of rows) found.add(r.id)
    }
    if (found.size !== wanted.length) {
      throw validation('Uno de los materiales seleccionados ya no está en el archivo. Actualice la búsqueda y seleccione de nuevo.')
    }
    return ordered(db, wanted)
  }
  const { rows } = await sql<{ id: number }>`
    SELECT a.id FROM assets a WHERE ${allOf(filterConditions(selection.filters, today))}
    ORDER BY a.captured_on IS NULL, a.captured_on, a.id LIMIT ${MAX_EXPORT_ASSETS + 1}`.execute(db)
  if (rows.length > MAX_EXPORT_ASSETS) {
    throw validation(`La búsqueda encuentra más de ${MAX_EXPORT_ASSETS.toLocaleString('es-CO')} materiales. Acótela (por año o por evento) y exporte por partes.`)
  }
  return rows.map((r) => r.id)
}

async function ordered(db: Db, ids: number[]): Promise<number[]> {
  const rows: { id: number; captured_on: string | null }[] = []
  for (let i = 0; i < ids.length; i += CHUNK) {
    rows.push(...(await db.selectFrom('assets').select(['id', 'captured_on']).where('id', 'in', ids.slice(i, i + CHUNK)).execute()))
  }
  return rows
    .sort((a, b) => (a.captured_on ?? '9999').localeCompare(b.captured_on ?? '9999') || a.id - b.id)
    .map((r) => r.id)
}

function assetQuery(db: Db) {
  return db
    .selectFrom('assets as a')
    .leftJoin('archive_events as e', 'e.id', 'a.event_id')
    .leftJoin('catalogue_items as d', 'd.id', 'a.dependencia_id')
    .leftJoin('asset_retention as ar', 'ar.asset_id', 'a.id')
    .leftJoin('retention_series as rs', 'rs.id', 'ar.serie_id')
    .selectAll('a')
    .select(['e.name as event_name', 'd.name as dependencia_name', 'rs.code as rs_code', 'rs.serie as rs_serie', 'rs.subserie as rs_subserie', 'rs.disposition as rs_disposition'])
}

function groupBy<T, V>(items: T[], key: (item: T) => number, value: (item: T) => V): Map<number, V[]> {
  const out = new Map<number, V[]>()
  for (const item of items) {
    const list = out.get(key(item))
    if (list) list.push(value(item))
    else out.set(key(item), [value(item)])
  }
  return out
}

/** The assets with their full description, in the order of `ids`. */
export async function loadExportAssets(db: Db, dataDir: string, today: string, ids: number[]): Promise<ExportAsset[]> {
  const byId = new Map<number, ExportAsset>()
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK)
    const [rows, keywords, people] = await Promise.all([
      assetQuery(db).where('a.id', 'in', chunk).execute(),
      db.selectFrom('asset_keywords').select(['asset_id', 'keyword']).where('asset_id', 'in', chunk).orderBy('keyword').execute(),
      db.selectFrom('asset_people').select(['asset_id', 'name']).where('asset_id', 'in', chunk).orderBy('name').execute()
    ])
    const keywordsOf = groupBy(keywords, (k) => k.asset_id, (k) => k.keyword)
    const peopleOf = groupBy(people, (p) => p.asset_id, (p) => p.name)
    for (const r of rows) {
      byId.set(r.id, {
        id: r.id,
        kind: r.kind,
        originalName: r.original_name,
        mime: r.mime,
        size: r.size,
        sha256: r.sha256,
        storageMode: r.storage_mode,
        source: masterPath(dataDir, r),
        volumeLabel: r.volume_label,
        title: r.title,
        description: r.description,
        keywords: keywordsOf.get(r.id) ?? [],
        people: peopleOf.get(r.id) ?? [],
        creator: r.creator,
        credit: r.credit,
        copyright: r.copyright,
        capturedOn: r.captured_on,
        capturedAt: r.captured_at,
        place: r.place,
        city: r.city,
        event: r.event_name,
        dependencia: r.dependencia_name,
        rating: r.rating,
        status: r.status,
        consentStatus: r.consent_status,
        consent: consentView(r.consent_status, r.consent_expires_on, today),
        consentMinors: r.consent_minors === 1,
        consentGrantedOn: r.consent_granted_on,
        consentExpiresOn: r.consent_expires_on,
        consentScope: r.consent_scope,
        retention:
          r.rs_code !== null && r.rs_serie !== null && r.rs_disposition !== null
            ? { code: r.rs_code, serie: r.rs_serie, subserie: r.rs_subserie ?? '', disposition: r.rs_disposition }
            : null,
        width: r.width,
        height: r.height,
        durationSeconds: r.duration_seconds,
        camera: r.camera,
        gps: r.gps_lat !== null && r.gps_lon !== null ? { lat: r.gps_lat, lon: r.gps_lon } : null
      })
    }
  }
  return ids.flatMap((id) => byId.get(id) ?? [])
}
