import type { DomainHandlers } from '../core/handlers'

export const homeHandlers = {} as DomainHandlers<'home'>
