import type { z } from 'zod'
import type { BatchChange, BatchField } from '../../shared/contract/archive-batch'
import { CATALOGUE_STATUS_LABELS } from '../../shared/domain/archive'
import { uniqueTerms } from '../archive/update'
import { assertCatalogueIds } from '../catalogues/validate'
import type { Trx } from '../core/context'
import { validation } from '../core/errors'

export type Change = z.output<typeof BatchChange>

/** A keyword or a name as compared: capitals and accents do not make another term. */
export const termKey = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('es-CO')

/** The assets columns each batch field writes. */
export const COLUMNS = {
  description: 'description',
  creator: 'creator',
  credit: 'credit',
  copyright: 'copyright',
  place: 'place',
  city: 'city',
  eventId: 'event_id',
  dependenciaId: 'dependencia_id',
  rating: 'rating',
  status: 'status'
} as const satisfies Record<BatchField, string>

const LABELS: Record<BatchField, string> = {
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

/** The fields the change writes, with their values, in a stable order. */
export function setEntries(change: Change): [BatchField, string | number | null][] {
  return (Object.keys(COLUMNS) as BatchField[]).flatMap((field) => {
    const value = change.set[field]
    return value === undefined ? [] : [[field, value] as [BatchField, string | number | null]]
  })
}

/** Removes repeated terms and refuses a change that does nothing or contradicts itself. */
export function normalizeChange(change: Change): Change {
  const out: Change = {
    set: change.set,
    addKeywords: uniqueTerms(change.addKeywords),
    removeKeywords: uniqueTerms(change.removeKeywords),
    addPeople: uniqueTerms(change.addPeople),
    removePeople: uniqueTerms(change.removePeople)
  }
  const lists = out.addKeywords.length + out.removeKeywords.length + out.addPeople.length + out.removePeople.length
  if (setEntries(out).length === 0 && lists === 0) {
    throw validation('Indique al menos un cambio: un campo para escribir, o palabras clave o personas para añadir o quitar.')
  }
  const both = (add: string[], remove: string[]) => add.find((a) => remove.some((r) => termKey(r) === termKey(a)))
  const keyword = both(out.addKeywords, out.removeKeywords)
  if (keyword) {
    throw validation(`«${keyword}» está a la vez para añadir y para quitar. Déjela solo en una de las dos listas.`, { 'change.removeKeywords': 'Esta palabra también está para añadir.' })
  }
  const person = both(out.addPeople, out.removePeople)
  if (person) {
    throw validation(`«${person}» está a la vez para añadir y para quitar. Déjela solo en una de las dos listas.`, { 'change.removePeople': 'Esta persona también está para añadir.' })
  }
  return out
}

/** Refuses an event or dependencia that does not exist (or is inactive), before anything is written. */
export async function assertReferences(trx: Trx, change: Change): Promise<void> {
  const { eventId, dependenciaId } = change.set
  if (eventId !== undefined && eventId !== null) {
    const event = await trx.selectFrom('archive_events').select('id').where('id', '=', eventId).executeTakeFirst()
    if (!event) throw validation('El evento elegido no existe. Actualice la lista y elija de nuevo.', { 'change.set.eventId': 'Elija un evento de la lista.' })
  }
  if (dependenciaId !== undefined && dependenciaId !== null) {
    await assertCatalogueIds(trx, 'dependencia', [dependenciaId], 'Dependencia', 'change.set.dependenciaId')
  }
}

const quoted = (text: string, max = 80) => `«${text.length > max ? `${text.slice(0, max - 1)}…` : text}»`

/** The change as lines a person reads in the preview and the history, e.g. "Evento: «Feria de las flores»". */
export async function describeChange(trx: Trx, change: Change): Promise<string[]> {
  const lines: string[] = []
  for (const [field, value] of setEntries(change)) {
    lines.push(`${LABELS[field]}: ${await describeValue(trx, field, value)}`)
  }
  if (change.addKeywords.length) lines.push(`Añadir palabras clave: ${change.addKeywords.join(', ')}`)
  if (change.removeKeywords.length) lines.push(`Quitar palabras clave: ${change.removeKeywords.join(', ')}`)
  if (change.addPeople.length) lines.push(`Añadir personas: ${change.addPeople.join(', ')}`)
  if (change.removePeople.length) lines.push(`Quitar personas: ${change.removePeople.join(', ')}`)
  return lines
}

async function describeValue(trx: Trx, field: BatchField, value: string | number | null): Promise<string> {
  if (value === null) return 'se quita'
  if (field === 'eventId') {
    const event = await trx.selectFrom('archive_events').select('name').where('id', '=', Number(value)).executeTakeFirst()
    return quoted(event?.name ?? `evento ${value}`)
  }
  if (field === 'dependenciaId') {
    const item = await trx.selectFrom('catalogue_items').select('name').where('id', '=', Number(value)).executeTakeFirst()
    return quoted(item?.name ?? `dependencia ${value}`)
  }
  if (field === 'rating') return value === 0 ? 'sin valoración' : value === 1 ? '1 estrella' : `${value} estrellas`
  if (field === 'status') return CATALOGUE_STATUS_LABELS[value as keyof typeof CATALOGUE_STATUS_LABELS]
  return value === '' ? 'se borra' : quoted(String(value))
}
