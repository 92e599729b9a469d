import type { DomainHandlers } from '../core/handlers'

export const ingestHandlers = {} as DomainHandlers<'ingest'>
