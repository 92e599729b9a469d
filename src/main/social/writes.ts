import { SOCIAL_METRICS, SOCIAL_NETWORK_LABELS, type SocialMetric, type SocialNetwork } from '../../shared/domain/reports'
import type { AuthedCtx } from '../core/context'
import { validation } from '../core/errors'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import { METRIC_COLUMN, rowsFor, type StatKey } from './queries'
import { monthName, networkMonthsText } from './labels'

export interface GridRow {
  network: SocialNetwork
  month: string
  values: Record<SocialMetric, number | null>
}

function checkGrid(ctx: AuthedCtx, rows: GridRow[]): void {
  const currentMonth = ctx.today.slice(0, 7)
  const seen = new Set<string>()
  for (const [index, row] of rows.entries()) {
    const label = `${SOCIAL_NETWORK_LABELS[row.network]} de ${monthName(row.month)}`
    if (row.month > currentMonth) {
      throw validation(`No se pueden registrar cifras de ${label}: ese mes aún no empieza.`, { [`rows.${index}.month`]: 'Elija un mes que ya empezó.' })
    }
    const key = `${row.network}|${row.month}`
    if (seen.has(key)) throw validation(`${label} aparece dos veces; deje una sola fila.`, { [`rows.${index}.month`]: 'Fila repetida.' })
    seen.add(key)
  }
}

const columnsOf = (values: Partial<Record<SocialMetric, number | null>>) =>
  Object.fromEntries((Object.entries(values) as [SocialMetric, number | null][]).map(([m, v]) => [METRIC_COLUMN[m], v]))

const sameValues = (a: Record<SocialMetric, number | null>, b: Record<SocialMetric, number | null>) => SOCIAL_METRICS.every((m) => a[m] === b[m])

/**
 * Saves the grid: each network-month gets exactly the figures typed (an emptied month is removed).
 * Rows that did not change are left as they were, so their source and author stay true.
 */
export async function saveGrid(ctx: AuthedCtx, rows: GridRow[]): Promise<StatKey[]> {
  authorize(ctx, 'social.manage')
  checkGrid(ctx, rows)
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await rowsFor(trx, rows)
    const storedByKey = new Map(stored.map((r) => [`${r.network}|${r.month}`, r]))
    const saved: GridRow[] = []
    const removed: StatKey[] = []
    for (const row of rows) {
      const before = storedByKey.get(`${row.network}|${row.month}`)
      const empty = SOCIAL_METRICS.every((m) => row.values[m] === null)
      if (empty) {
        if (!before) continue
        await trx.deleteFrom('social_stats').where('network', '=', row.network).where('month', '=', row.month).execute()
        removed.push({ network: row.network, month: row.month })
      } else if (!before || !sameValues(before.values, row.values)) {
        const columns = { ...columnsOf(row.values), source: 'manual' as const, updated_by: ctx.user.id, updated_at: ctx.nowIso }
        await trx
          .insertInto('social_stats')
          .values({ network: row.network, month: row.month, ...columns })
          .onConflict((oc) => oc.columns(['network', 'month']).doUpdateSet(columns))
          .execute()
        saved.push(row)
      }
    }
    if (saved.length === 0 && removed.length === 0) return
    const parts = [
      saved.length > 0 && `Registró las estadísticas de ${networkMonthsText(saved)}`,
      removed.length > 0 && `${saved.length > 0 ? 'borró' : 'Borró'} las de ${networkMonthsText(removed)}`
    ].filter(Boolean)
    await recordAudit(trx, ctx, {
      action: 'social.saved',
      entityType: 'social_stats',
      entityId: null,
      summary: parts.join('; '),
      details: { saved: saved.map((r) => ({ network: r.network, month: r.month, values: r.values })), removed }
    })
  })
  return rows.map(({ network, month }) => ({ network, month }))
}

export interface ImportedMonth {
  month: string
  values: Partial<Record<SocialMetric, number>>
}

/**
 * Writes an import: each month gets the figures the file carries; figures the file does not have
 * (e.g. followers typed by hand when importing reach) stay as they were.
 */
export async function writeImported(
  ctx: AuthedCtx,
  network: SocialNetwork,
  months: ImportedMonth[],
  origin: { fileName: string; platform: string | null; skippedLines: number }
): Promise<StatKey[]> {
  const keys = months.map((m) => ({ network, month: m.month }))
  await ctx.db.transaction().execute(async (trx) => {
    for (const { month, values } of months) {
      const columns = { ...columnsOf(values), source: 'importado' as const, updated_by: ctx.user.id, updated_at: ctx.nowIso }
      await trx
        .insertInto('social_stats')
        .values({ network, month, ...columns })
        .onConflict((oc) => oc.columns(['network', 'month']).doUpdateSet(columns))
        .execute()
    }
    await recordAudit(trx, ctx, {
      action: 'social.imported',
      entityType: 'social_stats',
      entityId: null,
      summary: `Importó las estadísticas de ${networkMonthsText(keys)} desde «${origin.fileName}»`,
      details: { network, months, ...origin }
    })
  })
  return keys
}
