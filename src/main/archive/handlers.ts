import type { DomainHandlers } from '../core/handlers'

export const archiveHandlers = {} as DomainHandlers<'archive'>
