import type { DomainHandlers } from '../core/handlers'
import { notFound } from '../core/errors'
import { applyBatch, previewBatch } from './apply'
import { deleteSearch, listSavedSearches, saveSearch } from './saved-searches'
import type { Selection } from './selection'

/** The contract's refine guarantees exactly one of the two. */
const selectionOf = (input: { assetIds?: number[]; filters?: Selection['filters'] }): Selection =>
  input.assetIds !== undefined ? { assetIds: input.assetIds } : { filters: input.filters ?? {} }

export const archiveBatchHandlers: DomainHandlers<'archiveBatch'> = {
  preview: (ctx, input) => previewBatch(ctx, selectionOf(input), input.change),

  apply: (ctx, input) => applyBatch(ctx, selectionOf(input), input.change),

  savedSearches: (ctx) => listSavedSearches(ctx),

  async saveSearch(ctx, input) {
    const id = await saveSearch(ctx, input)
    const [saved] = await listSavedSearches(ctx, id)
    if (!saved) throw notFound('la búsqueda guardada')
    return saved
  },

  async deleteSearch(ctx, input) {
    await deleteSearch(ctx, input.id)
    return listSavedSearches(ctx)
  }
}
