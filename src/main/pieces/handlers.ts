import type { DomainHandlers } from '../core/handlers'

export const piecesHandlers = {} as DomainHandlers<'pieces'>
