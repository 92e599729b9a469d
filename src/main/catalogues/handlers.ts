import type { DomainHandlers } from '../core/handlers'

export const cataloguesHandlers = {} as DomainHandlers<'catalogues'>
