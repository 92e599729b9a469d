import type { z } from 'zod'
import type { BatchChange, BatchField } from '../../../../../shared/contract/archive-batch'
import type { CatalogueStatus } from '../../../../../shared/domain/archive'

export const FIELD_LABELS: Record<BatchField, string> = {
  description: 'Descripción',
  creator: 'Autor',
  credit: 'Crédito',
  copyright: 'Aviso de derechos',
  place: 'Lugar',
  city: 'Municipio',
  eventId: 'Evento',
  dependenciaId: 'Dependencia',
  rating: 'Valoración',
  status: 'Estado de catalogación'
}

export const FIELD_ORDER = Object.keys(FIELD_LABELS) as BatchField[]

/** The fields an ingest template writes (its keywords go to «Añadir palabras clave»). */
export const TEMPLATE_FIELDS: BatchField[] = ['eventId', 'place', 'city', 'creator', 'dependenciaId']

export interface BatchValues {
  fields: BatchField[]
  description: string
  creator: string
  credit: string
  copyright: string
  place: string
  city: string
  eventId: number | null
  dependenciaId: number | null
  rating: number
  status: CatalogueStatus
  addKeywords: string[]
  removeKeywords: string[]
  addPeople: string[]
  removePeople: string[]
}

export const EMPTY_BATCH: BatchValues = {
  fields: [],
  description: '',
  creator: '',
  credit: '',
  copyright: '',
  place: '',
  city: '',
  eventId: null,
  dependenciaId: null,
  rating: 0,
  status: 'catalogado',
  addKeywords: [],
  removeKeywords: [],
  addPeople: [],
  removePeople: []
}

type ChangeInput = z.input<typeof BatchChange>

/** Only the chosen fields go to main: a field not chosen is left as each asset has it. */
export function toChange(v: BatchValues): ChangeInput {
  const set: NonNullable<ChangeInput['set']> = {}
  for (const field of v.fields) {
    const value = v[field]
    Object.assign(set, { [field]: typeof value === 'string' ? value.trim() : value })
  }
  return { set, addKeywords: v.addKeywords, removeKeywords: v.removeKeywords, addPeople: v.addPeople, removePeople: v.removePeople }
}

export const isEmptyChange = (v: BatchValues): boolean =>
  v.fields.length === 0 && v.addKeywords.length + v.removeKeywords.length + v.addPeople.length + v.removePeople.length === 0

/** Main names fields by their input path ("change.set.eventId"); the form by its own names. */
export function formErrors(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([path, message]) => [path.replace(/^change\.(set\.)?/, ''), message]))
}
