import type { DomainHandlers } from '../core/handlers'
import { listRisks, riskDetail } from './queries'
import { addControl, createRisk, recordFollowUp, updateControl, updateRisk } from './writes'

export const risksHandlers: DomainHandlers<'risks'> = {
  list: (ctx) => listRisks(ctx.db),

  get: (ctx, input) => riskDetail(ctx.db, input.id),

  create: async (ctx, input) => riskDetail(ctx.db, await createRisk(ctx, input)),

  async update(ctx, { id, ...input }) {
    await updateRisk(ctx, id, input)
    return riskDetail(ctx.db, id)
  },

  async addControl(ctx, { riskId, ...input }) {
    await addControl(ctx, riskId, input)
    return riskDetail(ctx.db, riskId)
  },

  updateControl: async (ctx, { id, ...input }) => riskDetail(ctx.db, await updateControl(ctx, id, input)),

  recordFollowUp: async (ctx, input) => riskDetail(ctx.db, await recordFollowUp(ctx, input))
}
