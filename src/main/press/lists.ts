import { sql } from 'kysely'
import type { DistributionList } from '../../shared/contract/press'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx } from '../core/context'
import { conflict, notFound } from '../core/errors'
import type { Db } from '../db/connection'

export async function listDistributionLists(db: Db, id?: number): Promise<DistributionList[]> {
  let q = db
    .selectFrom('distribution_lists as l')
    .select(['l.id', 'l.name', 'l.description'])
    .select(sql<string | null>`(SELECT group_concat(m.contact_id) FROM distribution_list_members m WHERE m.list_id = l.id)`.as('member_ids'))
    .select(
      sql<number>`(SELECT count(*) FROM distribution_list_members m JOIN media_contacts c ON c.id = m.contact_id WHERE m.list_id = l.id AND c.active = 1)`.as(
        'active_count'
      )
    )
  if (id !== undefined) q = q.where('l.id', '=', id)
  const rows = await q.orderBy(sql`l.name COLLATE NOCASE`).execute()
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    memberIds: r.member_ids ? r.member_ids.split(',').map(Number).sort((a, b) => a - b) : [],
    activeMemberCount: Number(r.active_count)
  }))
}

export interface ListInput {
  id?: number
  name: string
  description: string
  memberIds: number[]
}

export async function saveDistributionList(ctx: AuthedCtx, input: ListInput): Promise<number> {
  authorize(ctx, 'press.contacts')
  const memberIds = [...new Set(input.memberIds)]
  return ctx.db.transaction().execute(async (trx) => {
    const twin = await trx.selectFrom('distribution_lists').select('id').where(sql`lower(name)`, '=', input.name.toLowerCase()).executeTakeFirst()
    if (twin && twin.id !== input.id) {
      throw conflict(`Ya existe una lista llamada «${input.name}». Use otro nombre o edite esa lista.`, { name: 'Ya existe una lista con este nombre.' })
    }
    if (memberIds.length > 0) {
      const found = await trx.selectFrom('media_contacts').select(sql<number>`count(*)`.as('n')).where('id', 'in', memberIds).executeTakeFirstOrThrow()
      if (Number(found.n) !== memberIds.length) throw notFound('uno de los contactos elegidos')
    }
    let id = input.id
    if (id === undefined) {
      id = (
        await trx
          .insertInto('distribution_lists')
          .values({ name: input.name, description: input.description, created_at: ctx.nowIso, updated_at: ctx.nowIso })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    } else {
      const updated = await trx
        .updateTable('distribution_lists')
        .set({ name: input.name, description: input.description, updated_at: ctx.nowIso })
        .where('id', '=', id)
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) === 0) throw notFound('la lista de distribución')
      await trx.deleteFrom('distribution_list_members').where('list_id', '=', id).execute()
    }
    const listId = id
    if (memberIds.length > 0) {
      await trx
        .insertInto('distribution_list_members')
        .values(memberIds.map((contactId) => ({ list_id: listId, contact_id: contactId })))
        .execute()
    }
    const count = `${memberIds.length} ${memberIds.length === 1 ? 'contacto' : 'contactos'}`
    await recordAudit(trx, ctx, {
      action: input.id === undefined ? 'press.list_created' : 'press.list_updated',
      entityType: 'distribution_list',
      entityId: listId,
      summary: input.id === undefined ? `Creó la lista de distribución «${input.name}» con ${count}` : `Modificó la lista de distribución «${input.name}» (${count})`,
      details: { name: input.name, description: input.description, memberIds }
    })
    return listId
  })
}
