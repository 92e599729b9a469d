import type { DomainHandlers } from '../core/handlers'

export const backupsHandlers = {} as DomainHandlers<'backups'>
