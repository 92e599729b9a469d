import { sql } from 'kysely'
import { ASSET_KIND_LABELS, CATALOGUE_STATUS_LABELS, CONSENT_LABELS, type AssetKind, type CatalogueStatus, type ConsentView } from '../../../shared/domain/archive'
import type { AuthedCtx } from '../../core/context'
import { consentViewSql } from '../../archive/consent'
import { allOf, filterConditions, type Filters } from '../../archive/filters'
import { tabulate, yesNo, type ColumnDef } from '../table'
import type { Sheet } from './sheet'

interface AssetLine {
  id: number
  kind: AssetKind
  title: string
  originalName: string
  capturedOn: string | null
  event: string | null
  dependencia: string | null
  creator: string
  place: string
  keywords: string
  size: number
  sha256: string
  consent: ConsentView
  minors: boolean
  consentExpiresOn: string | null
  status: CatalogueStatus
  storage: string
}

const COLUMNS: ColumnDef<AssetLine>[] = [
  { header: 'N.º', kind: 'integer', value: (a) => a.id },
  { header: 'Tipo', kind: 'text', value: (a) => ASSET_KIND_LABELS[a.kind] },
  { header: 'Título', kind: 'text', value: (a) => a.title },
  { header: 'Nombre del archivo', kind: 'text', value: (a) => a.originalName },
  { header: 'Fecha de creación', kind: 'date', value: (a) => a.capturedOn },
  { header: 'Evento', kind: 'text', value: (a) => a.event ?? '' },
  { header: 'Dependencia', kind: 'text', value: (a) => a.dependencia ?? '' },
  { header: 'Autor', kind: 'text', value: (a) => a.creator },
  { header: 'Lugar', kind: 'text', value: (a) => a.place },
  { header: 'Palabras clave', kind: 'text', value: (a) => a.keywords },
  { header: 'Tamaño (bytes)', kind: 'integer', value: (a) => a.size },
  { header: 'SHA-256', kind: 'text', value: (a) => a.sha256 },
  { header: 'Autorización de uso de imagen', kind: 'text', value: (a) => CONSENT_LABELS[a.consent] },
  { header: 'Menores de edad', kind: 'text', value: (a) => yesNo(a.minors) },
  { header: 'Vence la autorización', kind: 'date', value: (a) => a.consentExpiresOn },
  { header: 'Catalogación', kind: 'text', value: (a) => CATALOGUE_STATUS_LABELS[a.status] },
  { header: 'Original', kind: 'text', value: (a) => a.storage }
]

/** The catalogued material that the Archivo screen's filters select, oldest first. */
export async function archiveSheet(ctx: AuthedCtx, filters: Filters): Promise<Sheet> {
  const rows = await ctx.db
    .selectFrom('assets as a')
    .leftJoin('archive_events as e', 'e.id', 'a.event_id')
    .leftJoin('catalogue_items as d', 'd.id', 'a.dependencia_id')
    .select([
      'a.id',
      'a.kind',
      'a.title',
      'a.original_name',
      'a.captured_on',
      'e.name as event',
      'd.name as dependencia',
      'a.creator',
      'a.place',
      'a.size',
      'a.sha256',
      consentViewSql(ctx.today).as('consent'),
      'a.consent_minors',
      'a.consent_expires_on',
      'a.status',
      'a.storage_mode',
      'a.master_path',
      'a.volume_label',
      sql<string>`(SELECT group_concat(keyword, ', ') FROM asset_keywords k WHERE k.asset_id = a.id)`.as('keywords')
    ])
    .where(allOf(filterConditions(filters, ctx.today)))
    .orderBy('a.captured_on')
    .orderBy('a.id')
    .execute()
  const lines: AssetLine[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    originalName: r.original_name,
    capturedOn: r.captured_on,
    event: r.event,
    dependencia: r.dependencia,
    creator: r.creator,
    place: r.place,
    keywords: r.keywords ?? '',
    size: r.size,
    sha256: r.sha256,
    consent: r.consent,
    minors: r.consent_minors === 1,
    consentExpiresOn: r.consent_expires_on,
    status: r.status,
    storage:
      r.storage_mode === 'copia'
        ? `Archivo de Pauta: ${r.master_path}`
        : `En su lugar: ${r.master_path}${r.volume_label ? ` (unidad «${r.volume_label}»)` : ''}`
  }))
  return { table: tabulate('Inventario', COLUMNS, lines), title: 'Inventario del material audiovisual', baseName: 'Inventario-audiovisual' }
}
