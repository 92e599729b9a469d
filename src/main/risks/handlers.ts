import type { DomainHandlers } from '../core/handlers'

export const risksHandlers: DomainHandlers<'risks'> = {}
