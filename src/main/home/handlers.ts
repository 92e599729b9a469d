import type { DomainHandlers } from '../core/handlers'
import { homeSummary } from './summary'

export const homeHandlers: DomainHandlers<'home'> = {
  summary: (ctx) => homeSummary(ctx)
}
