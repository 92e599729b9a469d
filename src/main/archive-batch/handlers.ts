import type { DomainHandlers } from '../core/handlers'

export const archiveBatchHandlers: DomainHandlers<'archiveBatch'> = {}
