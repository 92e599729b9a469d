import type { DomainHandlers } from '../core/handlers'

export const requestsHandlers = {} as DomainHandlers<'requests'>
