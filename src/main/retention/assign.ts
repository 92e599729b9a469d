import { sql, type RawBuilder, type SqlBool } from 'kysely'
import { formatDate } from '../../shared/dates'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx, Trx } from '../core/context'
import { notFound, validation } from '../core/errors'
import { allOf, filterConditions, type Filters } from '../archive/filters'
import { serieLabel } from './series'

async function activeSerie(trx: Trx, serieId: number) {
  const serie = await trx.selectFrom('retention_series').select(['id', 'code', 'serie', 'subserie', 'active']).where('id', '=', serieId).executeTakeFirst()
  if (!serie) throw notFound('la serie documental')
  if (serie.active !== 1) {
    throw validation(`La serie ${serieLabel(serie)} está inactiva. Actívela en la Tabla de Retención o elija otra.`, { serieId: 'Esta serie está inactiva.' })
  }
  return serie
}

/**
 * Writes the serie for every asset the condition selects, in one statement. Retention counts from
 * `startsOn` when given, else from the day the material was taken, else the day it entered the
 * archive (created_at is UTC; Colombia is UTC−5 all year, without daylight saving).
 */
async function upsert(trx: Trx, ctx: AuthedCtx, which: RawBuilder<SqlBool>, serieId: number, startsOn: string | undefined): Promise<number> {
  const starts = startsOn === undefined ? sql<string>`coalesce(a.captured_on, date(a.created_at, '-5 hours'))` : sql<string>`${startsOn}`
  const result = await sql`
    INSERT INTO asset_retention (asset_id, serie_id, starts_on, assigned_at)
    SELECT a.id, ${serieId}, ${starts}, ${ctx.nowIso} FROM assets a WHERE ${which}
    ON CONFLICT (asset_id) DO UPDATE SET serie_id = excluded.serie_id, starts_on = excluded.starts_on, assigned_at = excluded.assigned_at
  `.execute(trx)
  return Number(result.numAffectedRows ?? 0)
}

async function audit(trx: Trx, ctx: AuthedCtx, serie: { id: number; code: string; serie: string; subserie: string }, count: number, startsOn: string | undefined, details: Record<string, unknown>) {
  const from = startsOn ? `, contando desde el ${formatDate(startsOn)}` : ''
  await recordAudit(trx, ctx, {
    action: 'retention.assigned',
    entityType: 'retention_serie',
    entityId: serie.id,
    summary: `Asignó la serie ${serieLabel(serie)} a ${count} ${count === 1 ? 'material' : 'materiales'} del archivo${from}`,
    details: { count, startsOn: startsOn ?? null, ...details }
  })
}

export async function assignSerie(ctx: AuthedCtx, assetIds: number[], serieId: number, startsOn?: string): Promise<number> {
  authorize(ctx, 'archive.retention')
  const ids = [...new Set(assetIds)]
  return ctx.db.transaction().execute(async (trx) => {
    const serie = await activeSerie(trx, serieId)
    const found = await trx.selectFrom('assets').select(sql<number>`count(*)`.as('n')).where('id', 'in', ids).executeTakeFirstOrThrow()
    if (Number(found.n) !== ids.length) throw notFound('uno de los materiales elegidos')
    const count = await upsert(trx, ctx, sql<SqlBool>`a.id IN (${sql.join(ids)})`, serieId, startsOn)
    await audit(trx, ctx, serie, count, startsOn, { assetIds: ids })
    return count
  })
}

export async function assignMatching(ctx: AuthedCtx, filters: Filters, serieId: number, startsOn?: string): Promise<number> {
  authorize(ctx, 'archive.retention')
  return ctx.db.transaction().execute(async (trx) => {
    const serie = await activeSerie(trx, serieId)
    const count = await upsert(trx, ctx, allOf(filterConditions(filters, ctx.today)), serieId, startsOn)
    if (count === 0) throw validation('Ningún material coincide con la búsqueda actual. Cambie los filtros en «Material» y vuelva a intentarlo.')
    await audit(trx, ctx, serie, count, startsOn, { filters })
    return count
  })
}

export async function unassignSerie(ctx: AuthedCtx, assetIds: number[]): Promise<number> {
  authorize(ctx, 'archive.retention')
  const ids = [...new Set(assetIds)]
  return ctx.db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom('asset_retention').where('asset_id', 'in', ids).executeTakeFirst()
    const count = Number(result.numDeletedRows)
    if (count === 0) throw validation('Ninguno de los materiales elegidos tiene serie asignada.')
    await recordAudit(trx, ctx, {
      action: 'retention.unassigned',
      entityType: 'asset',
      entityId: ids.length === 1 ? (ids[0] ?? null) : null,
      summary: `Quitó la serie documental a ${count} ${count === 1 ? 'material' : 'materiales'} del archivo`,
      details: { count, assetIds: ids }
    })
    return count
  })
}
