import type { CatalogueItem } from '../../shared/contract'
import type { CatalogueKind } from '../../shared/domain/catalogues'
import type { Db } from '../db/connection'
import type { Trx } from '../core/context'
import { notFound } from '../core/errors'

interface CatalogueRecord {
  id: number
  kind: CatalogueKind
  name: string
  active: number
}

export const toCatalogueItem = (r: CatalogueRecord): CatalogueItem => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  active: r.active === 1
})

/** Every item, inactive ones included (flagged), in the office's own order. */
export async function listCatalogue(db: Db, kind?: CatalogueKind): Promise<CatalogueItem[]> {
  let query = db
    .selectFrom('catalogue_items')
    .select(['id', 'kind', 'name', 'active'])
    .orderBy('kind')
    .orderBy('sort_order')
    .orderBy('name')
  if (kind) query = query.where('kind', '=', kind)
  return (await query.execute()).map(toCatalogueItem)
}

export async function getCatalogueItem(db: Db | Trx, id: number): Promise<CatalogueItem> {
  const row = await db.selectFrom('catalogue_items').select(['id', 'kind', 'name', 'active']).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('el elemento del catálogo')
  return toCatalogueItem(row)
}
