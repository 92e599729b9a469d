import type { DomainHandlers } from '../core/handlers'
import { authorize } from '../auth/permissions'
import { attachFile, detachFile } from './attachment'
import { checkUrl, clipSuggestions, getClip, listClips, todayClips } from './clip-queries'
import { createClip, removeClip, updateClip } from './clip-writes'
import { loadDigestData, toPreview } from './digest/data'
import { generateDigest, latestDigest, sendDigest } from './digest/generate'
import { monitoringTrends } from './trends'

/**
 * Reading is for every signed-in role (the digest is for the whole office and its directors);
 * writes check 'monitoring.record' or 'monitoring.digest' in their services or here.
 */
export const monitoringHandlers: DomainHandlers<'monitoring'> = {
  list: (ctx, input) => listClips(ctx.core, input.date),
  get: (ctx, input) => getClip(ctx.core, input.id),
  create: (ctx, input) => createClip(ctx, input),
  update: (ctx, input) => updateClip(ctx, input),
  remove: (ctx, input) => removeClip(ctx, input.id),
  attach: (ctx, input) => attachFile(ctx, input.id),
  detach: (ctx, input) => detachFile(ctx, input.id),
  checkUrl: (ctx, input) => checkUrl(ctx.db, input.url, input.excludeId),
  suggestions: (ctx) => clipSuggestions(ctx.db),
  digestPreview: async (ctx, input) => toPreview(await loadDigestData(ctx.db, input.date)),

  async generateDigest(ctx, input) {
    authorize(ctx, 'monitoring.digest')
    return generateDigest(ctx, input.date)
  },

  latestDigest: (ctx, input) => latestDigest(ctx.core, input.date),

  async sendDigest(ctx, input) {
    authorize(ctx, 'monitoring.digest')
    return sendDigest(ctx, input.digestId, input.destinationId)
  },

  trends: (ctx, input) => monitoringTrends(ctx.db, input),
  today: (ctx) => todayClips(ctx.db, ctx.today)
}
