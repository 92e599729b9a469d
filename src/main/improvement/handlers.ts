import type { DomainHandlers } from '../core/handlers'
import { addAction, recordProgress, updateAction } from './actions'
import { closeFinding, createFinding, updateFinding } from './findings'
import { dueActions, findingDetail, listFindings, sourceOptions } from './queries'

export const improvementHandlers: DomainHandlers<'improvement'> = {
  list: (ctx, input) => listFindings(ctx.db, ctx.today, input.state),

  get: (ctx, input) => findingDetail(ctx.db, input.id, ctx.today),

  create: async (ctx, input) => findingDetail(ctx.db, await createFinding(ctx, input), ctx.today),

  async update(ctx, { id, ...input }) {
    await updateFinding(ctx, id, input)
    return findingDetail(ctx.db, id, ctx.today)
  },

  async addAction(ctx, { findingId, ...input }) {
    await addAction(ctx, findingId, input)
    return findingDetail(ctx.db, findingId, ctx.today)
  },

  updateAction: async (ctx, { id, ...input }) => findingDetail(ctx.db, await updateAction(ctx, id, input), ctx.today),

  recordProgress: async (ctx, input) => findingDetail(ctx.db, await recordProgress(ctx, input.actionId, input.progress, input.evidence), ctx.today),

  async close(ctx, input) {
    await closeFinding(ctx, input.id, input.closingNote)
    return findingDetail(ctx.db, input.id, ctx.today)
  },

  due: (ctx) => dueActions(ctx.db, ctx.today),

  sourceOptions: (ctx) => sourceOptions(ctx.db)
}
