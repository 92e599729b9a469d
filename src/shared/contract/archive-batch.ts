import { z } from 'zod'
import { ARCHIVE_SORTS, CATALOGUE_STATUSES, type ArchiveSort } from '../domain/archive'
import { ArchiveFilters } from './archive'
import { Empty, Id, requiredText } from './common'
import { method } from './define'

/** The largest batch: a big coverage, and still one quick transaction. */
export const BATCH_LIMIT = 5000

const setText = (label: string, max: number) => z.string().trim().max(max, `${label} admite como máximo ${max} caracteres.`).optional()
const terms = (max: number) => z.array(z.string().trim().min(1).max(max)).max(50, 'Escriba como máximo 50 a la vez.').default([])

/** Fields written on every asset of the batch; a field left out is not touched, an empty text clears it. */
export const BatchFields = z
  .object({
    description: setText('La descripción', 5000),
    creator: setText('El autor', 200),
    credit: setText('El crédito', 200),
    copyright: setText('El aviso de derechos', 500),
    place: setText('El lugar', 200),
    city: setText('El municipio', 120),
    eventId: Id.nullable().optional(),
    dependenciaId: Id.nullable().optional(),
    rating: z.number().int().min(0).max(5).optional(),
    status: z.enum(CATALOGUE_STATUSES).optional()
  })
  .strict()

export type BatchField = keyof z.output<typeof BatchFields>

export const BatchChange = z.object({
  set: BatchFields.default({}),
  addKeywords: terms(80),
  removeKeywords: terms(80),
  addPeople: terms(200),
  removePeople: terms(200)
})

/** The batch: the assets picked one by one, or every asset the Archivo's search finds (up to BATCH_LIMIT). */
const BatchInput = z
  .object({
    assetIds: z
      .array(Id)
      .min(1, 'Elija al menos un material.')
      .max(BATCH_LIMIT, `Un lote admite como máximo ${BATCH_LIMIT.toLocaleString('es-CO')} materiales.`)
      .optional(),
    filters: ArchiveFilters.optional(),
    change: BatchChange
  })
  .refine((b) => (b.assetIds === undefined) !== (b.filters === undefined), {
    message: 'Elija los materiales uno a uno o use todo lo encontrado por la búsqueda, no ambas cosas.',
    path: ['assetIds']
  })

export interface BatchPreview {
  /** Assets in the batch. */
  matched: number
  /** Assets the change would modify (the rest already hold those values). */
  changed: number
  /** The change in Spanish, one line per field, e.g. "Evento: «Rueda de prensa 12/03/2026»". */
  changes: string[]
  /** Names of the first assets of the batch, newest first. */
  sample: string[]
}

export interface BatchResult {
  matched: number
  changed: number
}

export type SavedSearchFilters = z.output<typeof ArchiveFilters>

export interface SavedSearch {
  id: number
  name: string
  filters: SavedSearchFilters
  sort: ArchiveSort
  /** Visible to everyone in the office; otherwise only to its owner. */
  shared: boolean
  /** The signed-in user owns it (and may rename, share or delete it). */
  mine: boolean
  ownerName: string
  updatedAt: string
}

export const archiveBatchContract = {
  /** What `apply` would do, computed on the real data and rolled back: nothing is written. */
  preview: method(BatchInput).returns<BatchPreview>(),
  /** Applies the change to the whole batch in one transaction, with one audit entry. */
  apply: method(BatchInput).returns<BatchResult>(),
  /** The user's own saved searches and those others share with the office. */
  savedSearches: method(Empty).returns<SavedSearch[]>(),
  /** Creates a saved search, or renames / re-shares / overwrites one of the user's own when `id` is given. */
  saveSearch: method(
    z.object({
      id: Id.optional(),
      name: requiredText('El nombre de la búsqueda', 120),
      filters: ArchiveFilters.default({}),
      sort: z.enum(ARCHIVE_SORTS).default('fecha_desc'),
      shared: z.boolean().default(false)
    })
  ).returns<SavedSearch>(),
  deleteSearch: method(z.object({ id: Id })).returns<SavedSearch[]>()
}
