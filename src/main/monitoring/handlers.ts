import type { DomainHandlers } from '../core/handlers'

export const monitoringHandlers: DomainHandlers<'monitoring'> = {}
