import type { DomainHandlers } from '../core/handlers'

export const usersHandlers = {} as DomainHandlers<'users'>
export const delegationsHandlers = {} as DomainHandlers<'delegations'>
