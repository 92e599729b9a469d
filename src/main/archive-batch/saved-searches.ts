import { ArchiveFilters } from '../../shared/contract/archive'
import type { SavedSearch } from '../../shared/contract/archive-batch'
import type { ArchiveSort } from '../../shared/domain/archive'
import { recordAudit } from '../audit/record'
import type { AuthedCtx, Trx } from '../core/context'
import { conflict, forbidden, notFound } from '../core/errors'
import type { Filters } from '../archive/filters'
import { termKey } from './change'

const byName = (a: SavedSearch, b: SavedSearch) => a.name.localeCompare(b.name, 'es-CO', { sensitivity: 'base' })

/**
 * Filters saved by an older version may no longer parse (a vocabulary changed): what still parses
 * applies; ids of deleted events or catalogue items stay and simply match nothing.
 */
function readFilters(json: string): Filters {
  const parsed = ArchiveFilters.safeParse(JSON.parse(json))
  if (parsed.success) return parsed.data
  const raw = JSON.parse(json) as Record<string, unknown>
  const kept: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (ArchiveFilters.safeParse({ [key]: value }).success) kept[key] = value
  }
  return ArchiveFilters.parse(kept)
}

/** The user's own searches and the ones others share, by name. `id` narrows to one. */
export async function listSavedSearches(ctx: AuthedCtx, id?: number): Promise<SavedSearch[]> {
  let query = ctx.db
    .selectFrom('saved_searches as s')
    .innerJoin('users as u', 'u.id', 's.owner_id')
    .select(['s.id', 's.name', 's.filters', 's.sort', 's.shared', 's.owner_id', 's.updated_at', 'u.full_name'])
    .where((eb) => eb.or([eb('s.owner_id', '=', ctx.user.id), eb('s.shared', '=', 1)]))
  if (id !== undefined) query = query.where('s.id', '=', id)
  const rows = await query.execute()
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      filters: readFilters(r.filters),
      sort: r.sort,
      shared: r.shared === 1,
      mine: r.owner_id === ctx.user.id,
      ownerName: r.full_name,
      updatedAt: r.updated_at
    }))
    .sort((a, b) => Number(b.mine) - Number(a.mine) || byName(a, b))
}

export interface SaveSearchInput {
  id?: number
  name: string
  filters: Filters
  sort: ArchiveSort
  shared: boolean
}

async function ownSearch(trx: Trx, ctx: AuthedCtx, id: number) {
  const row = await trx.selectFrom('saved_searches').select(['id', 'owner_id', 'name', 'shared']).where('id', '=', id).executeTakeFirst()
  if (!row || (row.owner_id !== ctx.user.id && row.shared !== 1)) throw notFound('la búsqueda guardada')
  if (row.owner_id !== ctx.user.id) throw forbidden('Solo quien guardó la búsqueda puede cambiarla o eliminarla. Guarde una copia con otro nombre.')
  return row
}

/** Saves a search of the Archivo for its owner; names are unique per person, whatever the capitals or accents. */
export async function saveSearch(ctx: AuthedCtx, input: SaveSearchInput): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const current = input.id === undefined ? null : await ownSearch(trx, ctx, input.id)
    const names = await trx.selectFrom('saved_searches').select(['id', 'name']).where('owner_id', '=', ctx.user.id).execute()
    if (names.some((n) => n.id !== input.id && termKey(n.name) === termKey(input.name))) {
      throw conflict(`Ya tiene una búsqueda guardada con el nombre «${input.name}». Elija otro nombre o reemplace esa.`, {
        name: 'Ya tiene una búsqueda con este nombre.'
      })
    }
    const values = { name: input.name, filters: JSON.stringify(input.filters), sort: input.sort, shared: input.shared ? 1 : 0, updated_at: ctx.nowIso }
    const shared = input.shared ? ' y la compartió con la oficina' : ''
    if (current) {
      await trx.updateTable('saved_searches').set(values).where('id', '=', current.id).execute()
      await recordAudit(trx, ctx, {
        action: 'archive.search_updated',
        entityType: 'saved_search',
        entityId: current.id,
        summary: `Actualizó la búsqueda guardada «${input.name}» del archivo${shared}`,
        details: { from: current.name, filters: input.filters, sort: input.sort, shared: input.shared }
      })
      return current.id
    }
    const { id } = await trx
      .insertInto('saved_searches')
      .values({ ...values, owner_id: ctx.user.id, created_at: ctx.nowIso })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'archive.search_saved',
      entityType: 'saved_search',
      entityId: id,
      summary: `Guardó la búsqueda «${input.name}» del archivo${shared}`,
      details: { filters: input.filters, sort: input.sort, shared: input.shared }
    })
    return id
  })
}

export async function deleteSearch(ctx: AuthedCtx, id: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await ownSearch(trx, ctx, id)
    await trx.deleteFrom('saved_searches').where('id', '=', row.id).execute()
    await recordAudit(trx, ctx, {
      action: 'archive.search_deleted',
      entityType: 'saved_search',
      entityId: row.id,
      summary: `Eliminó la búsqueda guardada «${row.name}» del archivo`
    })
  })
}
