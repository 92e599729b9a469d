import type { DomainHandlers } from '../core/handlers'
import { commitImport, previewImport } from './imports'
import { listYear, rowsFor } from './queries'
import { saveGrid } from './writes'

export const socialHandlers: DomainHandlers<'social'> = {
  list: (ctx, input) => listYear(ctx.db, input.year),

  async save(ctx, input) {
    const keys = await saveGrid(ctx, input.rows)
    return rowsFor(ctx.db, keys)
  },

  previewImport: (ctx, input) => previewImport(ctx, input.network),

  commitImport: (ctx, input) => commitImport(ctx, input.token, input.mapping)
}
