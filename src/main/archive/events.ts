import { sql } from 'kysely'
import type { ArchiveEvent } from '../../shared/contract'
import { formatDate } from '../../shared/dates'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx, Trx } from '../core/context'
import { conflict, notFound } from '../core/errors'
import type { Db } from '../db/connection'
import { indexEventAssets } from './search-index'

export interface EventInput {
  id?: number
  name: string
  date: string | null
  place: string
  description: string
}

/** Events newest first; those without a date after, by name. */
export async function listEvents(db: Db, eventId?: number): Promise<ArchiveEvent[]> {
  let q = db
    .selectFrom('archive_events as e')
    .select(['e.id', 'e.name', 'e.date', 'e.place', 'e.description'])
    .select(sql<number>`(SELECT count(*) FROM assets a WHERE a.event_id = e.id)`.as('assetCount'))
  if (eventId !== undefined) q = q.where('e.id', '=', eventId)
  return q.orderBy(sql`e.date IS NULL`).orderBy('e.date', 'desc').orderBy('e.name').execute()
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('es-CO').replace(/\s+/g, ' ').trim()

/** Two events with the same name on the same day are the same event typed twice. */
async function assertNoTwin(trx: Trx, input: EventInput): Promise<void> {
  const sameDay = await trx
    .selectFrom('archive_events')
    .select(['id', 'name'])
    .where((eb) => (input.date === null ? eb('date', 'is', null) : eb('date', '=', input.date)))
    .execute()
  const twin = sameDay.find((e) => e.id !== input.id && fold(e.name) === fold(input.name))
  if (twin) {
    const when = input.date ? ` del ${formatDate(input.date)}` : ' sin fecha'
    throw conflict(`Ya existe el evento «${twin.name}»${when}. Elíjalo en la lista en lugar de crear otro.`, { name: 'Ya existe un evento con este nombre y fecha.' })
  }
}

export async function saveEvent(ctx: AuthedCtx, input: EventInput): Promise<number> {
  authorize(ctx, 'archive.catalogue')
  return ctx.db.transaction().execute(async (trx) => {
    await assertNoTwin(trx, input)
    const fields = { name: input.name, date: input.date, place: input.place, description: input.description }
    if (input.id === undefined) {
      const { id } = await trx
        .insertInto('archive_events')
        .values({ ...fields, created_at: ctx.nowIso, updated_at: ctx.nowIso })
        .returning('id')
        .executeTakeFirstOrThrow()
      await recordAudit(trx, ctx, {
        action: 'archive.event_created',
        entityType: 'archive_event',
        entityId: id,
        summary: `Creó el evento del archivo «${input.name}»${input.date ? ` (${formatDate(input.date)})` : ''}`,
        details: fields
      })
      return id
    }
    const before = await trx.selectFrom('archive_events').selectAll().where('id', '=', input.id).executeTakeFirst()
    if (!before) throw notFound('el evento')
    await trx.updateTable('archive_events').set({ ...fields, updated_at: ctx.nowIso }).where('id', '=', input.id).execute()
    // The event's name is part of each of its assets' search rows.
    if (before.name !== input.name) await indexEventAssets(trx, input.id)
    await recordAudit(trx, ctx, {
      action: 'archive.event_updated',
      entityType: 'archive_event',
      entityId: input.id,
      summary: before.name === input.name ? `Modificó el evento del archivo «${input.name}»` : `Renombró el evento del archivo «${before.name}» a «${input.name}»`,
      details: { from: { name: before.name, date: before.date, place: before.place, description: before.description }, to: fields }
    })
    return input.id
  })
}
