import { z } from 'zod'
import type { ConsentView } from '../domain/archive'
import type { ExportState } from '../domain/archive-export'
import { ArchiveFilters } from './archive'
import { Empty, Id } from './common'
import { method } from './define'

/** What to export: the assets picked one by one, or everything a search finds. */
export const ExportSelection = z.union([
  z.object({ assetIds: z.array(Id).min(1, 'Seleccione al menos un material.').max(20000) }).strict(),
  z.object({ filters: ArchiveFilters }).strict()
])

/** Where the bag goes: a folder chosen with the system dialog, or a destination configured for deliveries. */
export const ExportDestination = z.union([
  z.object({ folder: z.string().trim().min(1, 'Elija la carpeta de destino.').max(2000) }).strict(),
  z.object({ destinationId: Id }).strict()
])

export interface ExportOptions {
  /** An XMP file beside each master in the bag. */
  xmpSidecars: boolean
  /** JPEG copies carry the catalogue's description inside (the bytes change; the manifest lists the copy). */
  embedXmp: boolean
}

/** An asset whose consent does not allow free use: exported anyway, but flagged. */
export interface ExportConsentIssue {
  assetId: number
  title: string
  consent: ConsentView
}

export interface ExportPreview {
  count: number
  totalBytes: number
  /** Assets whose master cannot be read right now (a referenced drive not connected, or a missing file). */
  offline: number
  consentIssues: ExportConsentIssue[]
  /** How many assets have consent issues in all (the list above is capped). */
  consentIssueCount: number
}

export interface ExportJob {
  id: number
  name: string
  /** The folder the bag is written into. */
  destinationPath: string
  /** The bag's final folder; it exists only once the export finished. */
  bagPath: string
  state: ExportState
  options: ExportOptions
  totalFiles: number
  totalBytes: number
  doneFiles: number
  doneBytes: number
  consentIssueCount: number
  /** Why the export stopped (failed or interrupted), in Spanish. */
  error: string | null
  startedAt: string
  finishedAt: string | null
  createdByName: string
}

const BagName = z
  .string()
  .trim()
  .min(1, 'El nombre del paquete es obligatorio.')
  .max(120, 'El nombre del paquete admite como máximo 120 caracteres.')

export const archiveExportContract = {
  /** How many assets a selection holds, their size and their consent problems, before exporting. */
  preview: method(z.object({ selection: ExportSelection }).strict()).returns<ExportPreview>(),
  /** Opens the system folder picker; null when cancelled. */
  chooseFolder: method(Empty).returns<string | null>(),
  start: method(
    z
      .object({
        selection: ExportSelection,
        destination: ExportDestination,
        name: BagName,
        options: z.object({ xmpSidecars: z.boolean().default(false), embedXmp: z.boolean().default(false) }).strict().prefault({})
      })
      .strict()
  ).returns<ExportJob>(),
  list: method(Empty).returns<ExportJob[]>(),
  get: method(z.object({ id: Id }).strict()).returns<ExportJob>(),
  cancel: method(z.object({ id: Id }).strict()).returns<ExportJob>()
}
