import type { DomainHandlers } from '../core/handlers'

export const improvementHandlers: DomainHandlers<'improvement'> = {}
