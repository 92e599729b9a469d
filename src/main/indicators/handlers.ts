import type { DomainHandlers } from '../core/handlers'
import { computePeriod, recordMeasurement } from './measurement-writes'
import { getSheet, indicatorAlerts, listSheets } from './queries'
import { saveSheet } from './sheet-writes'

export const indicatorsHandlers: DomainHandlers<'indicators'> = {
  list: (ctx) => listSheets(ctx.db),

  get: (ctx, input) => getSheet(ctx, input.id),

  saveSheet: async (ctx, input) => getSheet(ctx, await saveSheet(ctx, input)),

  compute: (ctx, input) => computePeriod(ctx, input.sheetId, input.periodKey),

  async record(ctx, input) {
    await recordMeasurement(ctx, input)
    return getSheet(ctx, input.sheetId)
  },

  alerts: (ctx) => indicatorAlerts(ctx.db)
}
