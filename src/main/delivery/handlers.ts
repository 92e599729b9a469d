import type { DomainHandlers } from '../core/handlers'

export const deliveryHandlers = {} as DomainHandlers<'delivery'>
