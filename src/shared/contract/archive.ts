import { z } from 'zod'
import {
  ARCHIVE_SORTS,
  ASSET_KINDS,
  CATALOGUE_STATUSES,
  CONSENT_STATUSES,
  INGEST_MODES,
  type AssetKind,
  type CatalogueStatus,
  type ConsentStatus,
  type ConsentView,
  type IngestMode,
  type IngestState
} from '../domain/archive'
import { Empty, Id, IdList, IsoDate, optionalText, requiredText } from './common'
import { method } from './define'

/** What the grid shows of an asset. */
export interface AssetCard {
  id: number
  kind: AssetKind
  title: string
  originalName: string
  /** Colombian date the photo/video was taken (or the file's date), "aaaa-mm-dd"; null when unknown. */
  capturedOn: string | null
  thumbUrl: string | null
  consent: ConsentView
  status: CatalogueStatus
  eventName: string | null
  /** The master is referenced on a drive that is not connected, or missing. */
  offline: boolean
}

export interface AssetDetail extends AssetCard {
  sha256: string
  size: number
  mime: string
  storageMode: 'copia' | 'referencia'
  /** Where the master is: path inside Pauta's archive, or the referenced absolute path. */
  masterLocation: string
  volumeLabel: string | null
  previewUrl: string | null
  masterUrl: string
  capturedAt: string | null
  width: number | null
  height: number | null
  durationSeconds: number | null
  codec: string | null
  camera: string | null
  gps: { lat: number; lon: number } | null
  description: string
  keywords: string[]
  people: string[]
  creator: string
  credit: string
  copyright: string
  place: string
  city: string
  eventId: number | null
  dependenciaId: number | null
  rating: number
  consentStatus: ConsentStatus
  consentMinors: boolean
  consentGrantedOn: string | null
  consentExpiresOn: string | null
  consentScope: string
  consentDocumentUrl: string | null
  pieces: { id: number; code: string; title: string }[]
  createdAt: string
  updatedAt: string
}

export interface ArchiveEvent {
  id: number
  name: string
  date: string | null
  place: string
  description: string
  assetCount: number
}

export interface FacetCounts {
  kind: { value: AssetKind; count: number }[]
  year: { value: number; count: number }[]
  event: { value: number; label: string; count: number }[]
  dependencia: { value: number; label: string; count: number }[]
  creator: { value: string; count: number }[]
  consent: { value: ConsentView; count: number }[]
  status: { value: CatalogueStatus; count: number }[]
  /** True when the search has so many matches that the counts cover only the newest of them. */
  sampled: boolean
}

export interface IngestFailure {
  path: string
  reason: string
}

export interface IngestJob {
  id: number
  sourcePath: string
  mode: IngestMode
  volumeLabel: string | null
  state: IngestState
  totalFiles: number
  totalBytes: number
  doneFiles: number
  doneBytes: number
  catalogued: number
  duplicates: number
  failed: number
  /** Files per second over the last stretch, and the estimated seconds left (null while unknown). */
  filesPerSecond: number | null
  secondsLeft: number | null
  /** Previews still being made in the background after the catalogue pass. */
  previewsPending: number
  failures: IngestFailure[]
  startedAt: string
  finishedAt: string | null
  createdByName: string
}

export const ArchiveFilters = z.object({
  text: z.string().trim().max(200).optional(),
  kind: z.array(z.enum(ASSET_KINDS)).max(10).optional(),
  year: z.array(z.number().int().min(1900).max(2100)).max(50).optional(),
  eventId: z.array(Id).max(50).optional(),
  dependenciaId: z.array(Id).max(50).optional(),
  creator: z.array(z.string().max(200)).max(50).optional(),
  consent: z.array(z.enum([...CONSENT_STATUSES, 'vencida'])).max(5).optional(),
  status: z.array(z.enum(CATALOGUE_STATUSES)).max(3).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional()
})

const AssetFields = z.object({
  title: optionalText('El título', 300),
  description: optionalText('La descripción', 5000),
  keywords: z.array(z.string().trim().min(1).max(80)).max(100).default([]),
  people: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
  creator: optionalText('El autor', 200),
  credit: optionalText('El crédito', 200),
  copyright: optionalText('El aviso de derechos', 500),
  place: optionalText('El lugar', 200),
  city: optionalText('El municipio', 120),
  eventId: Id.nullable().default(null),
  dependenciaId: Id.nullable().default(null),
  rating: z.number().int().min(0).max(5).default(0),
  status: z.enum(CATALOGUE_STATUSES)
})

export const archiveContract = {
  search: method(
    z.object({
      filters: ArchiveFilters.default({}),
      sort: z.enum(ARCHIVE_SORTS).default('fecha_desc'),
      /** Opaque keyset cursor from the previous page. */
      cursor: z.string().max(500).nullable().default(null),
      limit: z.number().int().min(1).max(500).default(100)
    })
  ).returns<{ items: AssetCard[]; nextCursor: string | null; total: number; totalCapped: boolean }>(),
  facets: method(z.object({ filters: ArchiveFilters.default({}) })).returns<FacetCounts>(),
  get: method(z.object({ id: Id })).returns<AssetDetail>(),
  update: method(AssetFields.extend({ id: Id })).returns<AssetDetail>(),
  setConsent: method(
    z
      .object({
        id: Id,
        status: z.enum(CONSENT_STATUSES),
        minors: z.boolean().default(false),
        grantedOn: IsoDate.nullable().default(null),
        expiresOn: IsoDate.nullable().default(null),
        scope: optionalText('El alcance de la autorización', 1000)
      })
      .refine((c) => c.status !== 'otorgada' || c.grantedOn !== null, {
        message: 'Indique la fecha en que se otorgó la autorización.',
        path: ['grantedOn']
      })
      .refine((c) => !c.expiresOn || !c.grantedOn || c.expiresOn >= c.grantedOn, {
        message: 'El vencimiento no puede ser anterior a la fecha de la autorización.',
        path: ['expiresOn']
      })
  ).returns<AssetDetail>(),
  /** Opens the system picker for the signed authorisation (PDF or image) and attaches it. */
  attachConsentDocument: method(z.object({ id: Id })).returns<AssetDetail>(),
  events: method(Empty).returns<ArchiveEvent[]>(),
  saveEvent: method(
    z.object({
      id: Id.optional(),
      name: requiredText('El nombre del evento'),
      date: IsoDate.nullable().default(null),
      place: optionalText('El lugar', 200),
      description: optionalText('La descripción', 2000)
    })
  ).returns<ArchiveEvent>(),
  /** Assets a piece uses; approving the piece requires valid consent for each. */
  pieceAssets: method(z.object({ pieceId: Id })).returns<AssetCard[]>(),
  linkToPiece: method(z.object({ pieceId: Id, assetIds: IdList })).returns<AssetCard[]>(),
  unlinkFromPiece: method(z.object({ pieceId: Id, assetId: Id })).returns<AssetCard[]>()
}

export const IngestTemplate = z.object({
  eventId: Id.nullable().default(null),
  place: optionalText('El lugar', 200),
  city: optionalText('El municipio', 120),
  creator: optionalText('El autor', 200),
  dependenciaId: Id.nullable().default(null),
  keywords: z.array(z.string().trim().min(1).max(80)).max(50).default([])
})

export const ingestContract = {
  /** Opens the system folder picker; null when cancelled. */
  chooseSource: method(Empty).returns<{ path: string; volumeLabel: string | null } | null>(),
  /** A folder dropped on the window: checked to exist and be readable, with its drive's label. */
  describeSource: method(z.object({ path: z.string().trim().min(1, 'Arrastre una carpeta.').max(2000) }).strict()).returns<{ path: string; volumeLabel: string | null }>(),
  start: method(
    z.object({ sourcePath: requiredText('La carpeta de origen', 2000), mode: z.enum(INGEST_MODES), template: IngestTemplate.prefault({}) })
  ).returns<IngestJob>(),
  list: method(Empty).returns<IngestJob[]>(),
  get: method(z.object({ id: Id })).returns<IngestJob>(),
  pause: method(z.object({ id: Id })).returns<IngestJob>(),
  resume: method(z.object({ id: Id })).returns<IngestJob>(),
  cancel: method(z.object({ id: Id })).returns<IngestJob>()
}
