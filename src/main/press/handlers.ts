import type { DomainHandlers } from '../core/handlers'

export const pressHandlers: DomainHandlers<'press'> = {}
