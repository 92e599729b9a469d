import type { DomainHandlers } from '../core/handlers'

export const settingsHandlers = {} as DomainHandlers<'settings'>
