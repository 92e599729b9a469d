import type { DomainHandlers } from '../core/handlers'
import { authorize } from '../auth/permissions'
import { listCatalogue } from './queries'
import { createCatalogueItem, updateCatalogueItem } from './writes'

export const cataloguesHandlers: DomainHandlers<'catalogues'> = {
  list: async (ctx, input) => listCatalogue(ctx.db, input.kind),

  async create(ctx, input) {
    authorize(ctx, 'catalogues.manage')
    return createCatalogueItem(ctx, input)
  },

  async update(ctx, input) {
    authorize(ctx, 'catalogues.manage')
    return updateCatalogueItem(ctx, input)
  }
}
