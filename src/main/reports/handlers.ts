import type { DomainHandlers } from '../core/handlers'

export const reportsHandlers = {} as DomainHandlers<'reports'>
