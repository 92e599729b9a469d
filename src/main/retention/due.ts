import { sql } from 'kysely'
import type { DueAsset, RetentionDue } from '../../shared/contract/retention'
import type { Ctx } from '../core/context'
import { serieLabel } from './series'

const plusYears = (years: string) => sql<string>`date(r.starts_on, '+' || ${sql.ref(years)} || ' years')`

/**
 * What the retention table asks of the archive at `asOf`: assets whose time in the archivo de
 * gestión has run out (transfer to the archivo central), and assets whose whole retention has run
 * out (final disposition). An asset is in one list only: once its disposition is due, its transfer
 * is no longer the pending step.
 */
export async function dueAt(ctx: Ctx, asOf: string): Promise<RetentionDue> {
  const transferOn = plusYears('s.years_gestion')
  const disposeOn = sql<string>`date(r.starts_on, '+' || (s.years_gestion + s.years_central) || ' years')`
  const rows = await ctx.db
    .selectFrom('asset_retention as r')
    .innerJoin('assets as a', 'a.id', 'r.asset_id')
    .innerJoin('retention_series as s', 's.id', 'r.serie_id')
    .select([
      'a.id as assetId',
      'a.title',
      'a.original_name as originalName',
      's.id as serieId',
      's.code',
      's.serie',
      's.subserie',
      's.disposition',
      'r.starts_on as startsOn',
      transferOn.as('transferOn'),
      disposeOn.as('disposeOn')
    ])
    .where(transferOn, '<=', asOf)
    .orderBy('s.code')
    .orderBy('r.starts_on')
    .orderBy('a.id')
    .execute()
  const transfer: DueAsset[] = []
  const disposition: DueAsset[] = []
  for (const r of rows) {
    const disposed = r.disposeOn <= asOf
    const item: DueAsset = {
      assetId: r.assetId,
      title: r.title,
      originalName: r.originalName,
      serieId: r.serieId,
      serieCode: r.code,
      serieLabel: serieLabel(r),
      disposition: r.disposition,
      startsOn: r.startsOn,
      dueOn: disposed ? r.disposeOn : r.transferOn
    }
    if (disposed) disposition.push(item)
    else transfer.push(item)
  }
  return { asOf, transfer, disposition }
}
