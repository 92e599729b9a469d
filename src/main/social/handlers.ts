import type { DomainHandlers } from '../core/handlers'

export const socialHandlers = {} as DomainHandlers<'social'>
