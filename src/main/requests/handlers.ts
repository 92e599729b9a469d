import type { DomainHandlers } from '../core/handlers'
import { getRequestDetail, listRequests } from './queries'
import { acceptRequest, createRequest, rejectRequest, startAnalysis, updateRequest } from './writes'

export const requestsHandlers: DomainHandlers<'requests'> = {
  list: (ctx, input) => listRequests(ctx.db, input),

  get: (ctx, input) => getRequestDetail(ctx.db, ctx.today, input.id),

  async create(ctx, input) {
    const id = await createRequest(ctx, input)
    return getRequestDetail(ctx.db, ctx.today, id)
  },

  async update(ctx, input) {
    await updateRequest(ctx, input)
    return getRequestDetail(ctx.db, ctx.today, input.id)
  },

  async startAnalysis(ctx, input) {
    await startAnalysis(ctx, input.id)
    return getRequestDetail(ctx.db, ctx.today, input.id)
  },

  async accept(ctx, input) {
    await acceptRequest(ctx, input)
    return getRequestDetail(ctx.db, ctx.today, input.id)
  },

  async reject(ctx, input) {
    await rejectRequest(ctx, input)
    return getRequestDetail(ctx.db, ctx.today, input.id)
  }
}
