import { sql } from 'kysely'
import type { MediaContact } from '../../shared/contract/press'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx } from '../core/context'
import { conflict, notFound } from '../core/errors'
import type { Db } from '../db/connection'
import { likeContains } from '../pieces/queries'

export interface ContactFilter {
  search?: string
  includeInactive?: boolean
  id?: number
}

/** The media directory in name order; a search matches name, medium, section or email. */
export async function listContacts(db: Db, filter: ContactFilter = {}): Promise<MediaContact[]> {
  let q = db
    .selectFrom('media_contacts as c')
    .selectAll('c')
    .select(sql<string | null>`(SELECT group_concat(m.list_id) FROM distribution_list_members m WHERE m.contact_id = c.id)`.as('list_ids'))
  if (filter.id !== undefined) q = q.where('c.id', '=', filter.id)
  if (!filter.includeInactive && filter.id === undefined) q = q.where('c.active', '=', 1)
  if (filter.search) {
    const text = filter.search
    q = q.where((eb) => eb.or(['c.full_name', 'c.medium', 'c.section', 'c.email'].map((column) => likeContains(column, text))))
  }
  const rows = await q.orderBy(sql`c.full_name COLLATE NOCASE`).orderBy('c.id').execute()
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    medium: r.medium,
    section: r.section,
    phone: r.phone,
    email: r.email,
    whatsapp: r.whatsapp,
    notes: r.notes,
    active: r.active === 1,
    listIds: r.list_ids ? r.list_ids.split(',').map(Number).sort((a, b) => a - b) : []
  }))
}

export interface ContactInput {
  id?: number
  fullName: string
  medium: string
  section: string
  phone: string
  email: string
  whatsapp: string
  notes: string
  active: boolean
}

export async function saveContact(ctx: AuthedCtx, input: ContactInput): Promise<number> {
  authorize(ctx, 'press.contacts')
  return ctx.db.transaction().execute(async (trx) => {
    if (input.email !== '') {
      const twin = await trx
        .selectFrom('media_contacts')
        .select(['id', 'full_name', 'medium'])
        .where(sql`lower(email)`, '=', input.email.toLowerCase())
        .executeTakeFirst()
      if (twin && twin.id !== input.id) {
        throw conflict(`El correo ${input.email} ya es de ${twin.full_name} (${twin.medium}). Edite ese contacto en lugar de crear otro.`, {
          email: 'Ya hay un contacto con este correo.'
        })
      }
    }
    const fields = {
      full_name: input.fullName,
      medium: input.medium,
      section: input.section,
      phone: input.phone,
      email: input.email,
      whatsapp: input.whatsapp,
      notes: input.notes,
      active: input.active ? 1 : 0
    }
    const who = `${input.fullName} (${input.medium})`
    if (input.id === undefined) {
      const { id } = await trx
        .insertInto('media_contacts')
        .values({ ...fields, created_at: ctx.nowIso, updated_at: ctx.nowIso })
        .returning('id')
        .executeTakeFirstOrThrow()
      await recordAudit(trx, ctx, {
        action: 'press.contact_created',
        entityType: 'media_contact',
        entityId: id,
        summary: `Agregó al directorio de medios a ${who}`,
        details: fields
      })
      return id
    }
    const before = await trx.selectFrom('media_contacts').selectAll().where('id', '=', input.id).executeTakeFirst()
    if (!before) throw notFound('el contacto')
    await trx.updateTable('media_contacts').set({ ...fields, updated_at: ctx.nowIso }).where('id', '=', input.id).execute()
    const deactivated = before.active === 1 && !input.active
    const reactivated = before.active === 0 && input.active
    await recordAudit(trx, ctx, {
      action: 'press.contact_updated',
      entityType: 'media_contact',
      entityId: input.id,
      summary: deactivated ? `Desactivó en el directorio de medios a ${who}` : reactivated ? `Reactivó en el directorio de medios a ${who}` : `Modificó los datos de ${who} en el directorio de medios`,
      details: { to: fields }
    })
    return input.id
  })
}
