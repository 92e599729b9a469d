import type { DomainHandlers } from '../core/handlers'

export const inquiriesHandlers: DomainHandlers<'inquiries'> = {}
