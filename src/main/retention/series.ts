import { sql } from 'kysely'
import type { RetentionSerie } from '../../shared/contract/retention'
import { DISPOSITION_LABELS, type Disposition } from '../../shared/domain/retention'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx } from '../core/context'
import { conflict, notFound } from '../core/errors'
import type { Db } from '../db/connection'

export interface SerieInput {
  id?: number
  code: string
  serie: string
  subserie: string
  yearsGestion: number
  yearsCentral: number
  disposition: Disposition
  active: boolean
}

/** The Tabla de Retención Documental in code order, with how many assets each serie holds. */
export async function listSeries(db: Db, serieId?: number): Promise<RetentionSerie[]> {
  let q = db
    .selectFrom('retention_series as s')
    .select(['s.id', 's.code', 's.serie', 's.subserie', 's.years_gestion', 's.years_central', 's.disposition', 's.active'])
    .select(sql<number>`(SELECT count(*) FROM asset_retention r WHERE r.serie_id = s.id)`.as('assetCount'))
  if (serieId !== undefined) q = q.where('s.id', '=', serieId)
  const rows = await q.orderBy('s.code').execute()
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    serie: r.serie,
    subserie: r.subserie,
    yearsGestion: r.years_gestion,
    yearsCentral: r.years_central,
    disposition: r.disposition,
    active: r.active === 1,
    assetCount: Number(r.assetCount)
  }))
}

export const serieLabel = (s: { code: string; serie: string; subserie: string }): string =>
  `${s.code} ${s.serie}${s.subserie ? ` – ${s.subserie}` : ''}`

export async function saveSerie(ctx: AuthedCtx, input: SerieInput): Promise<number> {
  authorize(ctx, 'archive.retention')
  return ctx.db.transaction().execute(async (trx) => {
    const twin = await trx.selectFrom('retention_series').select(['id', 'serie']).where('code', '=', input.code).executeTakeFirst()
    if (twin && twin.id !== input.id) {
      throw conflict(`El código ${input.code} ya es de la serie «${twin.serie}». Use otro código o edite esa serie.`, {
        code: 'Ya existe una serie con este código.'
      })
    }
    const fields = {
      code: input.code,
      serie: input.serie,
      subserie: input.subserie,
      years_gestion: input.yearsGestion,
      years_central: input.yearsCentral,
      disposition: input.disposition,
      active: input.active ? 1 : 0
    }
    const summaryTail = `(${input.yearsGestion} años en gestión, ${input.yearsCentral} en central, ${DISPOSITION_LABELS[input.disposition].toLocaleLowerCase('es-CO')})`
    if (input.id === undefined) {
      const { id } = await trx
        .insertInto('retention_series')
        .values({ ...fields, created_at: ctx.nowIso, updated_at: ctx.nowIso })
        .returning('id')
        .executeTakeFirstOrThrow()
      await recordAudit(trx, ctx, {
        action: 'retention.serie_created',
        entityType: 'retention_serie',
        entityId: id,
        summary: `Agregó a la Tabla de Retención la serie ${serieLabel(input)} ${summaryTail}`,
        details: fields
      })
      return id
    }
    const before = await trx.selectFrom('retention_series').selectAll().where('id', '=', input.id).executeTakeFirst()
    if (!before) throw notFound('la serie documental')
    await trx.updateTable('retention_series').set({ ...fields, updated_at: ctx.nowIso }).where('id', '=', input.id).execute()
    await recordAudit(trx, ctx, {
      action: 'retention.serie_updated',
      entityType: 'retention_serie',
      entityId: input.id,
      summary: `Modificó la serie ${serieLabel(input)} de la Tabla de Retención ${summaryTail}`,
      details: {
        from: {
          code: before.code,
          serie: before.serie,
          subserie: before.subserie,
          years_gestion: before.years_gestion,
          years_central: before.years_central,
          disposition: before.disposition,
          active: before.active
        },
        to: fields
      }
    })
    return input.id
  })
}
