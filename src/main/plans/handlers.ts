import type { DomainHandlers } from '../core/handlers'

export const plansHandlers = {} as DomainHandlers<'plans'>
