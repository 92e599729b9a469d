import { sql } from 'kysely'
import { BATCH_LIMIT } from '../../shared/contract/archive-batch'
import type { Trx } from '../core/context'
import { notFound, validation } from '../core/errors'
import { allOf, filterConditions, type Filters } from '../archive/filters'

export type Selection = { assetIds: number[]; filters?: undefined } | { assetIds?: undefined; filters: Filters }

/** Ids as one JSON parameter: a batch of thousands is one bound value, read with json_each. */
export const idSet = (ids: readonly number[]) => sql<number>`(SELECT value FROM json_each(${JSON.stringify(ids)}))`

const limitText = BATCH_LIMIT.toLocaleString('es-CO')

/** The ids of the batch, ascending; refuses unknown ids, an empty search and a search larger than a batch. */
export async function resolveSelection(trx: Trx, selection: Selection, today: string): Promise<number[]> {
  if (selection.assetIds !== undefined) {
    const ids = [...new Set(selection.assetIds)].sort((a, b) => a - b)
    const found = await trx.selectFrom('assets').select(sql<number>`count(*)`.as('n')).where('id', 'in', idSet(ids)).executeTakeFirstOrThrow()
    if (Number(found.n) !== ids.length) throw notFound('uno de los materiales elegidos')
    return ids
  }
  const rows = await trx
    .selectFrom('assets as a')
    .select('a.id')
    .where(allOf(filterConditions(selection.filters, today)))
    .orderBy('a.id')
    .limit(BATCH_LIMIT + 1)
    .execute()
  if (rows.length === 0) {
    throw validation('Ningún material coincide con la búsqueda actual. Cambie los filtros en «Material» y vuelva a intentarlo.')
  }
  if (rows.length > BATCH_LIMIT) {
    throw validation(`La búsqueda encuentra más de ${limitText} materiales y un lote admite como máximo ${limitText}. Afine la búsqueda con palabras o filtros y vuelva a intentarlo.`)
  }
  return rows.map((r) => r.id)
}
