import type { DomainHandlers } from '../core/handlers'

export const archiveExportHandlers: DomainHandlers<'archiveExport'> = {}
