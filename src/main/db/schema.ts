import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'
import type { CatalogueKind } from '../../shared/domain/catalogues'
import type { Frequency, PhvaPhase, PlanScope, PlanStatus, StrategyKind } from '../../shared/domain/plans'
import type { PieceState, PieceType, ReviewDecision, ReviewStage } from '../../shared/domain/pieces'
import type { RequestState } from '../../shared/domain/requests'
import type { Role } from '../../shared/domain/roles'
import type { Disposition } from '../../shared/domain/retention'
import type { OutboxState, SocialNetwork } from '../../shared/domain/reports'
import type { AssetKind, CatalogueStatus, ConsentStatus, IngestItemState, IngestMode, IngestState } from '../../shared/domain/archive'

import type { CoverageTables } from './tables/coverage'
import type { MonitoringTables } from './tables/monitoring'
import type { PressTables } from './tables/press'
import type { InquiryTables } from './tables/inquiries'
import type { IndicatorTables } from './tables/indicators'
import type { RiskTables } from './tables/risks'
import type { ArchiveCurationTables } from './tables/archive-curation'
import type { ArchiveExportTables } from './tables/archive-export'

/** SQLite stores booleans as 0/1. */
type Flag = number
/** Timestamps are ISO 8601 strings (UTC, with "Z"); dates are "aaaa-mm-dd". */
type CreatedAt = ColumnType<string, string, never>

export interface EntitySettingsTable {
  id: ColumnType<1, 1, never>
  entity_name: string
  office_name: string
  city: string
  nit: string
  updated_at: string
}

export interface UsersTable {
  id: Generated<number>
  username: string
  full_name: string
  email: string
  role: Role
  password_hash: string
  active: Flag
  failed_logins: Generated<number>
  locked_until: string | null
  created_at: CreatedAt
  updated_at: string
}

export interface DelegationsTable {
  id: Generated<number>
  delegator_id: number
  delegate_id: number
  starts_on: string
  ends_on: string
  note: string
  revoked_at: string | null
  created_at: CreatedAt
}

export interface CatalogueItemsTable {
  id: Generated<number>
  kind: CatalogueKind
  name: string
  active: Flag
  sort_order: number
}

export interface PlansTable {
  id: Generated<number>
  name: string
  starts_on: string
  ends_on: string
  scope: PlanScope
  status: PlanStatus
  description: string
  created_at: CreatedAt
  updated_at: string
}

export interface PlanStrategiesTable {
  id: Generated<number>
  plan_id: number
  kind: StrategyKind
  name: string
  objective: string
}

export interface PlanActivitiesTable {
  id: Generated<number>
  strategy_id: number
  description: string
  frequency: Frequency
  phva_phase: PhvaPhase
  responsible_id: number | null
  goal_quantity: number
  goal_unit: string
}

export interface PlanActivityChannelsTable {
  activity_id: number
  channel_id: number
}

export interface PlanActivityAudiencesTable {
  activity_id: number
  audience_id: number
}

export interface RequestsTable {
  id: Generated<number>
  code: string
  year: number
  seq: number
  dependencia_id: number
  requester_name: string
  requester_contact: string
  topic: string
  objective: string
  key_message: string
  desired_date: string | null
  state: RequestState
  rejection_reason: string
  created_by: number
  created_at: CreatedAt
  updated_at: string
}

export interface RequestChannelsTable {
  request_id: number
  channel_id: number
}

export interface RequestAudiencesTable {
  request_id: number
  audience_id: number
}

export interface PiecesTable {
  id: Generated<number>
  code: string
  year: number
  seq: number
  title: string
  type: PieceType
  state: PieceState
  requires_design: Flag
  activity_id: number
  request_id: number | null
  writer_id: number
  designer_id: number | null
  due_date: string
  cancel_reason: string
  created_by: number
  created_at: CreatedAt
  updated_at: string
  state_changed_at: string
}

export interface PieceChannelsTable {
  piece_id: number
  channel_id: number
}

export interface PieceAudiencesTable {
  piece_id: number
  audience_id: number
}

export interface ContentVersionsTable {
  id: Generated<number>
  piece_id: number
  number: number
  html: string
  text: string
  note: string
  author_id: number
  created_at: CreatedAt
}

export interface DesignVersionsTable {
  id: Generated<number>
  piece_id: number
  number: number
  note: string
  author_id: number
  created_at: CreatedAt
}

/** Files copied into Pauta's managed storage, addressed by content. */
export interface StoredFilesTable {
  id: Generated<number>
  sha256: string
  size: number
  mime: string
  /** Relative to the data folder's files/ directory. */
  storage_path: string
  created_at: CreatedAt
}

export interface DesignVersionFilesTable {
  id: Generated<number>
  design_version_id: number
  file_id: number
  /** The name the file had when attached. */
  original_name: string
  position: number
}

export interface ReviewsTable {
  id: Generated<number>
  piece_id: number
  stage: ReviewStage
  content_version_id: number | null
  design_version_id: number | null
  decision: ReviewDecision
  comments: string
  /** JSON object: checklist item → checked. */
  checklist: string
  reviewer_id: number
  created_at: CreatedAt
}

export interface PublicationsTable {
  id: Generated<number>
  piece_id: number
  channel_id: number
  published_at: string
  url_or_place: string
  published_by: number
  created_at: CreatedAt
}

/** Append-only: triggers refuse UPDATE and DELETE. */
export interface AuditLogTable {
  id: Generated<number>
  at: CreatedAt
  actor_id: number | null
  action: string
  entity_type: string
  entity_id: number | null
  summary: string
  /** JSON object or null. */
  details: string | null
}

export interface ReportHeaderTable {
  id: ColumnType<1, 1, never>
  process_name: string
  document_code: string
  version: string
  version_date: string | null
  logo_file_id: number | null
  updated_at: string
}

export interface GeneratedFilesTable {
  id: Generated<number>
  /** A ReportKind, or "hoja_<list>" for spreadsheets. */
  kind: string
  title: string
  file_name: string
  file_id: number
  page_count: number | null
  row_count: number | null
  /** JSON of the request that produced it. */
  params: string
  created_by: number | null
  created_at: CreatedAt
}

export interface SocialStatsTable {
  network: SocialNetwork
  /** "aaaa-mm". */
  month: string
  followers: number | null
  publications: number | null
  reach: number | null
  impressions: number | null
  interactions: number | null
  video_views: number | null
  source: 'manual' | 'importado'
  updated_by: number
  updated_at: string
}

export interface DestinationsTable {
  id: Generated<number>
  name: string
  path: string
  note: string
  active: Flag
  created_at: CreatedAt
  updated_at: string
}

export interface OutboxTable {
  id: Generated<number>
  destination_id: number
  generated_file_id: number | null
  file_name: string
  content: Buffer
  sha256: string
  size: number
  state: OutboxState
  attempts: Generated<number>
  last_error: Generated<string>
  next_attempt_at: string | null
  delivered_path: string | null
  delivered_at: string | null
  created_by: number | null
  created_at: CreatedAt
}

export interface ScheduledExportsTable {
  id: Generated<number>
  report: 'mensual'
  destination_id: number
  active: Flag
  /** Colombian date of the last run, "aaaa-mm-dd". */
  last_run_on: string | null
  created_at: CreatedAt
  updated_at: string
}

export interface BackupSettingsTable {
  id: ColumnType<1, 1, never>
  folder: string
  destination_id: number | null
  last_backup_at: string | null
  last_error: string
  updated_at: string
}

export interface ArchiveEventsTable {
  id: Generated<number>
  name: string
  date: string | null
  place: string
  description: string
  created_at: CreatedAt
  updated_at: string
}

export interface IngestsTable {
  id: Generated<number>
  source_path: string
  mode: IngestMode
  volume_label: string | null
  /** JSON of the ingest template (event, place, city, creator, dependencia, keywords). */
  template: string
  state: IngestState
  total_files: number
  total_bytes: number
  started_at: string
  finished_at: string | null
  created_by: number
}

export interface AssetsTable {
  id: Generated<number>
  kind: AssetKind
  sha256: string
  size: number
  mime: string
  original_name: string
  storage_mode: 'copia' | 'referencia'
  /** Relative to the archive folder for copies; absolute for references. */
  master_path: string
  volume_label: string | null
  captured_at: string | null
  /** Colombian date of captured_at, for facets and the date range. */
  captured_on: string | null
  captured_year: number | null
  width: number | null
  height: number | null
  duration_seconds: number | null
  codec: string | null
  camera: string | null
  gps_lat: number | null
  gps_lon: number | null
  title: string
  description: string
  creator: string
  credit: string
  copyright: string
  place: string
  city: string
  event_id: number | null
  dependencia_id: number | null
  rating: number
  status: CatalogueStatus
  consent_status: ConsentStatus
  consent_minors: Flag
  consent_granted_on: string | null
  consent_expires_on: string | null
  consent_scope: string
  consent_document_file_id: number | null
  /** Relative to the data folder's archive cache. */
  thumb_path: string | null
  /** The master's embedded EXIF thumbnail (bytes within the master), shown until thumb_path exists. */
  embedded_thumb_offset: number | null
  embedded_thumb_length: number | null
  preview_path: string | null
  preview_state: 'pendiente' | 'lista' | 'no_disponible' | 'fallida'
  ingest_id: number | null
  /** The asset's rowid in asset_search (see search-index.ts); null until it is indexed. */
  search_key: Generated<number | null>
  created_at: CreatedAt
  updated_at: string
}

export interface AssetKeywordsTable {
  asset_id: number
  keyword: string
}

export interface AssetPeopleTable {
  asset_id: number
  name: string
}

/** FTS5 table; its rowid is the asset id. */
/** Contentless (migration 0016): written and matched, never read back; its columns read as NULL. */
export interface AssetSearchTable {
  rowid: number
  title: string
  description: string
  keywords: string
  people: string
  place: string
  event: string
  /** Facet values as tokens (see search-index.ts). */
  facets: string
}

export interface IngestItemsTable {
  id: Generated<number>
  ingest_id: number
  relative_path: string
  size: number
  state: IngestItemState
  asset_id: number | null
  error: string
}

export interface PieceAssetsTable {
  piece_id: number
  asset_id: number
  linked_at: string
}

export interface FixityRunsTable {
  id: Generated<number>
  scope: 'todo' | 'seleccion'
  state: 'en_curso' | 'terminada' | 'cancelada'
  total: number
  checked: Generated<number>
  ok: Generated<number>
  changed: Generated<number>
  missing: Generated<number>
  started_at: string
  finished_at: string | null
  created_by: number
}

export interface FixityChecksTable {
  id: Generated<number>
  run_id: number
  asset_id: number
  checked_at: string
  result: 'ok' | 'cambiado' | 'faltante'
  detail: Generated<string>
}

export interface RetentionSeriesTable {
  id: Generated<number>
  code: string
  serie: string
  subserie: string
  years_gestion: number
  years_central: number
  disposition: Disposition
  active: Flag
  created_at: CreatedAt
  updated_at: string
}

export interface AssetRetentionTable {
  asset_id: number
  serie_id: number
  /** Colombian date the retention counts from. */
  starts_on: string
  assigned_at: string
}

export interface Database
  extends CoverageTables,
    MonitoringTables,
    PressTables,
    InquiryTables,
    IndicatorTables,
    RiskTables,
    ArchiveCurationTables,
    ArchiveExportTables {
  entity_settings: EntitySettingsTable
  users: UsersTable
  delegations: DelegationsTable
  catalogue_items: CatalogueItemsTable
  plans: PlansTable
  plan_strategies: PlanStrategiesTable
  plan_activities: PlanActivitiesTable
  plan_activity_channels: PlanActivityChannelsTable
  plan_activity_audiences: PlanActivityAudiencesTable
  requests: RequestsTable
  request_channels: RequestChannelsTable
  request_audiences: RequestAudiencesTable
  pieces: PiecesTable
  piece_channels: PieceChannelsTable
  piece_audiences: PieceAudiencesTable
  content_versions: ContentVersionsTable
  design_versions: DesignVersionsTable
  stored_files: StoredFilesTable
  design_version_files: DesignVersionFilesTable
  reviews: ReviewsTable
  publications: PublicationsTable
  audit_log: AuditLogTable
  report_header: ReportHeaderTable
  generated_files: GeneratedFilesTable
  social_stats: SocialStatsTable
  destinations: DestinationsTable
  outbox: OutboxTable
  scheduled_exports: ScheduledExportsTable
  backup_settings: BackupSettingsTable
  archive_events: ArchiveEventsTable
  ingests: IngestsTable
  assets: AssetsTable
  asset_keywords: AssetKeywordsTable
  asset_people: AssetPeopleTable
  asset_search: AssetSearchTable
  ingest_items: IngestItemsTable
  piece_assets: PieceAssetsTable
  retention_series: RetentionSeriesTable
  asset_retention: AssetRetentionTable
  fixity_runs: FixityRunsTable
  fixity_checks: FixityChecksTable
}

export type UserRecord = Selectable<UsersTable>
export type PieceRecord = Selectable<PiecesTable>
export type NewPiece = Insertable<PiecesTable>
export type PieceUpdate = Updateable<PiecesTable>
