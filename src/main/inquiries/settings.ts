import type { InquirySettings } from '../../shared/contract/inquiries'
import { DEFAULT_NETWORK_TERM_DAYS } from '../../shared/domain/inquiries'
import type { AuthedCtx, Trx } from '../core/context'
import type { Db } from '../db/connection'
import { authorize } from '../auth/permissions'
import { recordAudit } from '../audit/record'

/** The office's term for network replies: the saved one, or the default until someone sets it. */
export async function networkTermDays(db: Db | Trx): Promise<number> {
  const row = await db.selectFrom('inquiry_settings').select('network_term_days').where('id', '=', 1).executeTakeFirst()
  return row?.network_term_days ?? DEFAULT_NETWORK_TERM_DAYS
}

export async function getInquirySettings(db: Db): Promise<InquirySettings> {
  const row = await db
    .selectFrom('inquiry_settings as s')
    .innerJoin('users as u', 'u.id', 's.updated_by')
    .select(['s.network_term_days', 's.updated_at', 'u.full_name'])
    .where('s.id', '=', 1)
    .executeTakeFirst()
  if (!row) return { networkTermDays: DEFAULT_NETWORK_TERM_DAYS, updatedAt: null, updatedByName: null }
  return { networkTermDays: row.network_term_days, updatedAt: row.updated_at, updatedByName: row.full_name }
}

const days = (n: number) => (n === 1 ? '1 día hábil' : `${n} días hábiles`)

/** Applies to inquiries registered from now on: due dates already given are a promise kept as they are. */
export async function saveInquirySettings(ctx: AuthedCtx, networkTermDaysValue: number): Promise<void> {
  authorize(ctx, 'inquiries.configure')
  await ctx.db.transaction().execute(async (trx) => {
    const before = await networkTermDays(trx)
    if (before === networkTermDaysValue) return
    await trx
      .insertInto('inquiry_settings')
      .values({ id: 1, network_term_days: networkTermDaysValue, updated_at: ctx.nowIso, updated_by: ctx.user.id })
      .onConflict((oc) => oc.column('id').doUpdateSet({ network_term_days: networkTermDaysValue, updated_at: ctx.nowIso, updated_by: ctx.user.id }))
      .execute()
    await recordAudit(trx, ctx, {
      action: 'inquiries.settings_updated',
      entityType: 'inquiry_settings',
      entityId: 1,
      summary: `Cambió el término de respuesta de las inquietudes en redes de ${days(before)} a ${days(networkTermDaysValue)}`,
      details: { from: before, to: networkTermDaysValue }
    })
  })
}
