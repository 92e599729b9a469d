import type { DomainHandlers } from '../core/handlers'
import { inquiryFigures } from './figures'
import { dueInquiries, getInquiry, listInquiries } from './queries'
import { getInquirySettings, saveInquirySettings } from './settings'
import { assignInquiry, closeInquiry, consultInquiry, createInquiry, replyInquiry, transferInquiry, updateInquiry } from './writes'

export const inquiriesHandlers: DomainHandlers<'inquiries'> = {
  list: (ctx, input) => listInquiries(ctx.db, ctx.today, input),

  get: (ctx, input) => getInquiry(ctx.db, ctx.today, ctx.user, input.id),

  async create(ctx, input) {
    const id = await createInquiry(ctx, input)
    return getInquiry(ctx.db, ctx.today, ctx.user, id)
  },

  async update(ctx, input) {
    await updateInquiry(ctx, input)
    return getInquiry(ctx.db, ctx.today, ctx.user, input.id)
  },

  async assign(ctx, input) {
    await assignInquiry(ctx, input.id, input.assigneeId)
    return getInquiry(ctx.db, ctx.today, ctx.user, input.id)
  },

  async consult(ctx, input) {
    await consultInquiry(ctx, input)
    return getInquiry(ctx.db, ctx.today, ctx.user, input.id)
  },

  async reply(ctx, input) {
    await replyInquiry(ctx, input)
    return getInquiry(ctx.db, ctx.today, ctx.user, input.id)
  },

  async transferToPqrs(ctx, input) {
    await transferInquiry(ctx, input)
    return getInquiry(ctx.db, ctx.today, ctx.user, input.id)
  },

  async close(ctx, input) {
    await closeInquiry(ctx, input.id)
    return getInquiry(ctx.db, ctx.today, ctx.user, input.id)
  },

  figures: (ctx, input) => inquiryFigures(ctx.db, ctx.today, input.from, input.to),

  due: (ctx) => dueInquiries(ctx.db, ctx.today),

  settings: (ctx) => getInquirySettings(ctx.db),

  async saveSettings(ctx, input) {
    await saveInquirySettings(ctx, input.networkTermDays)
    return getInquirySettings(ctx.db)
  }
}
