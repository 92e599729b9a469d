import type { DomainHandlers } from '../core/handlers'
import { notFound } from '../core/errors'
import { attachConsentDocument, setConsent } from './consent-writes'
import { getAssetDetail } from './detail'
import { listEvents, saveEvent } from './events'
import { facetCounts } from './facets'
import { linkToPiece, pieceAssets, unlinkFromPiece } from './piece-links'
import { searchAssets } from './search'
import { updateAsset } from './update'

export const archiveHandlers: DomainHandlers<'archive'> = {
  search: (ctx, input) => searchAssets(ctx, input),

  facets: (ctx, input) => facetCounts(ctx.db, input.filters, ctx.today),

  get: (ctx, input) => getAssetDetail(ctx, input.id),

  async update(ctx, input) {
    await updateAsset(ctx, input)
    return getAssetDetail(ctx, input.id)
  },

  async setConsent(ctx, input) {
    await setConsent(ctx, input)
    return getAssetDetail(ctx, input.id)
  },

  async attachConsentDocument(ctx, input) {
    await attachConsentDocument(ctx, input.id)
    return getAssetDetail(ctx, input.id)
  },

  events: (ctx) => listEvents(ctx.db),

  async saveEvent(ctx, input) {
    const id = await saveEvent(ctx, input)
    const [event] = await listEvents(ctx.db, id)
    if (!event) throw notFound('el evento')
    return event
  },

  pieceAssets: (ctx, input) => pieceAssets(ctx, input.pieceId),

  async linkToPiece(ctx, input) {
    await linkToPiece(ctx, input.pieceId, input.assetIds)
    return pieceAssets(ctx, input.pieceId)
  },

  async unlinkFromPiece(ctx, input) {
    await unlinkFromPiece(ctx, input.pieceId, input.assetId)
    return pieceAssets(ctx, input.pieceId)
  }
}
