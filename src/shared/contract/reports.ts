import { z } from 'zod'
import type { DIGEST_FILE_KIND } from '../domain/monitoring'
import { PIECE_STATES, PIECE_TYPES } from '../domain/pieces'
import { REQUEST_STATES } from '../domain/requests'
import {
  SOCIAL_METRICS,
  SOCIAL_NETWORKS,
  SPREADSHEET_FORMATS,
  type ReportKind,
  type SocialMetric,
  type SocialNetwork,
  type SpreadsheetList
} from '../domain/reports'
import { Empty, Id, IsoDate, optionalText, requiredText } from './common'
import { method } from './define'
import { ArchiveFilters } from './archive'

/** A calendar month, "aaaa-mm". */
export const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Elija un mes válido.')

export interface ReportHeader {
  entityName: string
  processName: string
  /** Code of the format in the entity's quality system, e.g. "F-GC-001". */
  documentCode: string
  version: string
  /** Date of the format's version, "aaaa-mm-dd". */
  versionDate: string | null
  logoUrl: string | null
}

/** A file Pauta produced (report, spreadsheet), kept so it can be previewed, saved or delivered. */
export interface GeneratedFile {
  id: number
  kind: ReportKind | `hoja_${SpreadsheetList}` | typeof DIGEST_FILE_KIND
  title: string
  fileName: string
  mime: string
  size: number
  sha256: string
  url: string
  pageCount: number | null
  rowCount: number | null
  createdAt: string
  createdByName: string
}

export const ReportRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mensual'), month: IsoMonth }),
  z
    .object({ kind: z.literal('seguimiento_plan'), planId: Id, from: IsoDate, to: IsoDate })
    .refine((r) => r.to >= r.from, { message: 'La fecha final no puede ser anterior a la inicial.', path: ['to'] }),
  z.object({ kind: z.literal('inventario_archivo') }),
  z.object({ kind: z.literal('ficha_pieza'), pieceId: Id })
])
export type ReportRequestInput = z.input<typeof ReportRequest>

/** The filters of each list, as its screen applies them. */
export const SpreadsheetRequest = z.discriminatedUnion('list', [
  z.object({
    list: z.literal('piezas'),
    filters: z
      .object({
        state: z.enum(PIECE_STATES).optional(),
        type: z.enum(PIECE_TYPES).optional(),
        search: z.string().trim().max(200).optional(),
        mine: z.boolean().optional(),
        overdue: z.boolean().optional()
      })
      .default({})
  }),
  z.object({
    list: z.literal('solicitudes'),
    filters: z.object({ state: z.enum(REQUEST_STATES).optional(), search: z.string().trim().max(200).optional() }).default({})
  }),
  z.object({ list: z.literal('actividades'), filters: z.object({ planId: Id }) }),
  z.object({ list: z.literal('publicaciones'), filters: z.object({ from: IsoDate.optional(), to: IsoDate.optional() }).default({}) }),
  z.object({ list: z.literal('redes'), filters: z.object({ year: z.number().int().min(2000).max(2100).optional() }).default({}) }),
  // The archive inventory, with the Archivo screen's search and facets.
  z.object({ list: z.literal('archivo'), filters: ArchiveFilters.default({}) })
])

export const reportsContract = {
  getHeader: method(Empty).returns<ReportHeader>(),
  updateHeader: method(
    z.object({
      processName: requiredText('El nombre del proceso'),
      documentCode: optionalText('El código del formato', 40),
      version: optionalText('La versión', 20),
      versionDate: IsoDate.nullable().default(null)
    })
  ).returns<ReportHeader>(),
  /** Opens the system picker for an image (PNG or JPEG) and keeps it as the header's logo. */
  chooseLogo: method(Empty).returns<ReportHeader>(),
  clearLogo: method(Empty).returns<ReportHeader>(),
  generate: method(z.object({ request: ReportRequest })).returns<GeneratedFile>(),
  spreadsheet: method(z.object({ request: SpreadsheetRequest, format: z.enum(SPREADSHEET_FORMATS) })).returns<GeneratedFile>(),
  /** Files generated lately, newest first. */
  recent: method(z.object({ limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 })).returns<GeneratedFile[]>()
}

export interface SocialStatRow {
  network: SocialNetwork
  month: string
  values: Record<SocialMetric, number | null>
  source: 'manual' | 'importado'
  updatedAt: string
  updatedByName: string
}

export interface SocialImportPreview {
  /** Hands the parsed rows to `commitImport`; valid for this session only. */
  token: string
  fileName: string
  /** Platform recognised from the columns, or null when it could not be told. */
  detectedPlatform: 'meta' | 'x' | 'youtube' | 'tiktok' | null
  encoding: 'utf-8' | 'latin-1'
  /** Column of the file → the metric it feeds (or null: ignored). */
  mapping: { column: string; metric: SocialMetric | 'month' | null }[]
  /** Monthly totals the import would write (after summing daily rows). */
  rows: { network: SocialNetwork; month: string; values: Partial<Record<SocialMetric, number>> }[]
  /** Lines that do not fit, with the reason; they are skipped. */
  errors: { line: number; message: string }[]
}

const MetricValues = z.object(
  Object.fromEntries(
    SOCIAL_METRICS.map((m) => [m, z.number().int('Use números enteros.').min(0, 'No puede ser negativo.').max(10_000_000_000).nullable()])
  ) as Record<SocialMetric, z.ZodNullable<z.ZodNumber>>
)

export const socialContract = {
  list: method(z.object({ year: z.number().int().min(2000).max(2100) })).returns<SocialStatRow[]>(),
  save: method(
    z.object({
      rows: z
        .array(z.object({ network: z.enum(SOCIAL_NETWORKS), month: IsoMonth, values: MetricValues }))
        .min(1)
        .max(200)
    })
  ).returns<SocialStatRow[]>(),
  /** Opens the system picker for a platform's CSV export and parses it without writing anything. */
  previewImport: method(z.object({ network: z.enum(SOCIAL_NETWORKS) })).returns<SocialImportPreview | null>(),
  commitImport: method(
    z.object({
      token: z.string().min(1).max(100),
      mapping: z.array(z.object({ column: z.string().max(200), metric: z.enum([...SOCIAL_METRICS, 'month']).nullable() })).max(100).optional()
    })
  ).returns<SocialStatRow[]>()
}
