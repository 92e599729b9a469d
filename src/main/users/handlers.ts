import type { DomainHandlers } from '../core/handlers'
import { authorize } from '../auth/permissions'
import { listUsers } from './queries'
import { createUser, resetUserPassword, updateUser } from './writes'
import { listDelegations } from './delegation-queries'
import { createDelegation, revokeDelegation } from './delegation-writes'

export const usersHandlers: DomainHandlers<'users'> = {
  // The team directory is readable by everyone signed in: piece and plan forms choose people from it.
  async list(ctx) {
    return listUsers(ctx.db)
  },

  async create(ctx, input) {
    authorize(ctx, 'users.manage')
    return createUser(ctx, input)
  },

  async update(ctx, input) {
    authorize(ctx, 'users.manage')
    return updateUser(ctx, input)
  },

  async resetPassword(ctx, input) {
    authorize(ctx, 'users.manage')
    return resetUserPassword(ctx, input)
  }
}

export const delegationsHandlers: DomainHandlers<'delegations'> = {
  async list(ctx) {
    authorize(ctx, 'delegations.manage')
    return listDelegations(ctx.db, ctx.today)
  },

  async create(ctx, input) {
    authorize(ctx, 'delegations.manage')
    return createDelegation(ctx, input)
  },

  async revoke(ctx, input) {
    authorize(ctx, 'delegations.manage')
    return revokeDelegation(ctx, input.id)
  }
}
