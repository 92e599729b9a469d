import type { DomainHandlers } from '../core/handlers'
import { authorize } from '../auth/permissions'
import { getPlanDetail, listActivityOptions, listPlans } from './queries'
import { createPlan, updatePlan } from './plan-writes'
import { createActivity, createStrategy, updateActivity, updateStrategy } from './structure-writes'

export const plansHandlers: DomainHandlers<'plans'> = {
  list: async (ctx) => listPlans(ctx.db),
  get: async (ctx, input) => getPlanDetail(ctx.db, input.id),
  activityOptions: async (ctx) => listActivityOptions(ctx.db),

  async create(ctx, input) {
    authorize(ctx, 'plans.manage')
    return createPlan(ctx, input)
  },

  async update(ctx, input) {
    authorize(ctx, 'plans.manage')
    return updatePlan(ctx, input)
  },

  async createStrategy(ctx, input) {
    authorize(ctx, 'plans.manage')
    return createStrategy(ctx, input)
  },

  async updateStrategy(ctx, input) {
    authorize(ctx, 'plans.manage')
    return updateStrategy(ctx, input)
  },

  async createActivity(ctx, input) {
    authorize(ctx, 'plans.manage')
    return createActivity(ctx, input)
  },

  async updateActivity(ctx, input) {
    authorize(ctx, 'plans.manage')
    return updateActivity(ctx, input)
  }
}
