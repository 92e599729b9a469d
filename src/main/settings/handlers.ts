import type { EntitySettings } from '../../shared/contract'
import type { Db } from '../db/connection'
import type { DomainHandlers } from '../core/handlers'
import type { Trx } from '../core/context'
import { AppError } from '../core/errors'
import { authorize } from '../auth/permissions'
import { recordAudit } from '../audit/record'

async function readSettings(db: Db | Trx): Promise<EntitySettings> {
  const row = await db.selectFrom('entity_settings').select(['entity_name', 'office_name', 'city', 'nit']).executeTakeFirst()
  if (!row) throw new AppError('NOT_INITIALIZED', 'Pauta aún no está configurado en esta carpeta de datos.')
  return { entityName: row.entity_name, officeName: row.office_name, city: row.city, nit: row.nit }
}

const FIELD_LABELS: Record<keyof EntitySettings, string> = {
  entityName: 'el nombre de la entidad',
  officeName: 'el nombre de la oficina',
  city: 'el municipio',
  nit: 'el NIT'
}

export const settingsHandlers: DomainHandlers<'settings'> = {
  get: async (ctx) => readSettings(ctx.db),

  async update(ctx, input) {
    authorize(ctx, 'settings.manage')
    return ctx.db.transaction().execute(async (trx) => {
      const before = await readSettings(trx)
      const changed = (Object.keys(FIELD_LABELS) as (keyof EntitySettings)[]).filter((k) => before[k] !== input[k])
      if (changed.length === 0) return before
      await trx
        .updateTable('entity_settings')
        .set({ entity_name: input.entityName, office_name: input.officeName, city: input.city, nit: input.nit, updated_at: ctx.nowIso })
        .where('id', '=', 1)
        .execute()
      const list = changed.map((k) => FIELD_LABELS[k])
      const described = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} y ${list.at(-1)}`
      await recordAudit(trx, ctx, {
        action: 'settings.updated',
        entityType: 'entity',
        entityId: 1,
        summary: `Cambió ${described} en los datos de la entidad`,
        details: Object.fromEntries(changed.map((k) => [k, { before: before[k], after: input[k] }]))
      })
      return readSettings(trx)
    })
  }
}
