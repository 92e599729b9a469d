import { CATALOGUE_KINDS, DEFAULT_CATALOGUE } from '../../shared/domain/catalogues'
import type { Ctx, Trx } from '../core/context'

export async function isInitialized(ctx: Ctx): Promise<boolean> {
  const row = await ctx.db.selectFrom('entity_settings').select('id').executeTakeFirst()
  return row !== undefined
}

/** The Colombian defaults every office starts from. */
export async function seedCatalogues(trx: Trx): Promise<void> {
  for (const kind of CATALOGUE_KINDS) {
    const names = DEFAULT_CATALOGUE[kind]
    await trx
      .insertInto('catalogue_items')
      .values(names.map((name, i) => ({ kind, name, active: 1, sort_order: i })))
      .execute()
  }
}
