import type { DomainHandlers } from '../core/handlers'
import { authorize } from '../auth/permissions'
import { generateSpreadsheet } from '../spreadsheets/generate'
import { generateReport } from './generate'
import { recentGenerated } from './generated'
import { getHeader } from './header/queries'
import { chooseLogo, clearLogo, updateHeader } from './header/writes'

export const reportsHandlers: DomainHandlers<'reports'> = {
  getHeader: (ctx) => getHeader(ctx.core),
  updateHeader: (ctx, input) => updateHeader(ctx, input),
  chooseLogo: (ctx) => chooseLogo(ctx),
  clearLogo: (ctx) => clearLogo(ctx),

  async generate(ctx, input) {
    authorize(ctx, 'reports.generate')
    return generateReport(ctx, input.request)
  },

  spreadsheet: (ctx, input) => generateSpreadsheet(ctx, input),

  recent: (ctx, input) => recentGenerated(ctx.core, input.limit)
}
