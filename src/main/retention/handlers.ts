import type { DomainHandlers } from '../core/handlers'
import { notFound } from '../core/errors'
import { assignMatching, assignSerie, unassignSerie } from './assign'
import { dueAt } from './due'
import { listSeries, saveSerie } from './series'

export const retentionHandlers: DomainHandlers<'retention'> = {
  series: (ctx) => listSeries(ctx.db),

  async saveSerie(ctx, input) {
    const id = await saveSerie(ctx, input)
    const [serie] = await listSeries(ctx.db, id)
    if (!serie) throw notFound('la serie documental')
    return serie
  },

  assign: async (ctx, input) => ({ assigned: await assignSerie(ctx, input.assetIds, input.serieId, input.startsOn) }),

  assignMatching: async (ctx, input) => ({ assigned: await assignMatching(ctx, input.filters, input.serieId, input.startsOn) }),

  unassign: async (ctx, input) => ({ unassigned: await unassignSerie(ctx, input.assetIds) }),

  due: (ctx, input) => dueAt(ctx, input.asOf ?? ctx.today)
}
