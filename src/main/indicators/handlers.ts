import type { DomainHandlers } from '../core/handlers'

export const indicatorsHandlers: DomainHandlers<'indicators'> = {}
