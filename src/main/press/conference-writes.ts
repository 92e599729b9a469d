import { sql } from 'kysely'
import { formatDate, isoDateInColombia } from '../../shared/dates'
import { formatDateTime24 } from '../../shared/domain/press'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx, Trx } from '../core/context'
import { invalidTransition, notFound, validation } from '../core/errors'

export interface ConferenceInput {
  id?: number
  title: string
  startsAt: string
  place: string
  spokespersons: string[]
  topics: string[]
  invitedIds: number[]
  notes: string
}

async function conferenceOf(trx: Trx, id: number) {
  const conference = await trx.selectFrom('press_conferences').select(['id', 'title', 'starts_at']).where('id', '=', id).executeTakeFirst()
  if (!conference) throw notFound('la rueda de prensa')
  return conference
}

async function requireAll(trx: Trx, table: 'media_contacts' | 'assets' | 'media_clips', ids: number[], what: string): Promise<void> {
  if (ids.length === 0) return
  const found = await trx.selectFrom(table).select(sql<number>`count(*)`.as('n')).where('id', 'in', ids).executeTakeFirstOrThrow()
  if (Number(found.n) !== ids.length) throw notFound(what)
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export async function saveConference(ctx: AuthedCtx, input: ConferenceInput): Promise<number> {
  authorize(ctx, 'press.conferences')
  const invitedIds = [...new Set(input.invitedIds)]
  const startsAt = new Date(input.startsAt).toISOString()
  return ctx.db.transaction().execute(async (trx) => {
    await requireAll(trx, 'media_contacts', invitedIds, 'uno de los medios invitados')
    const fields = {
      title: input.title,
      starts_at: startsAt,
      place: input.place,
      spokespersons: JSON.stringify(input.spokespersons),
      topics: JSON.stringify(input.topics),
      notes: input.notes
    }
    let id = input.id
    if (id === undefined) {
      id = (
        await trx
          .insertInto('press_conferences')
          .values({ ...fields, created_by: ctx.user.id, created_at: ctx.nowIso, updated_at: ctx.nowIso })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    } else {
      await conferenceOf(trx, id)
      await trx.updateTable('press_conferences').set({ ...fields, updated_at: ctx.nowIso }).where('id', '=', id).execute()
    }
    const conferenceId = id
    // Invitees who stay keep their attendance; those taken off the list leave with it.
    let drop = trx.deleteFrom('press_conference_invitees').where('conference_id', '=', conferenceId)
    if (invitedIds.length > 0) drop = drop.where('contact_id', 'not in', invitedIds)
    await drop.execute()
    if (invitedIds.length > 0) {
      await trx
        .insertInto('press_conference_invitees')
        .values(invitedIds.map((contactId) => ({ conference_id: conferenceId, contact_id: contactId, attended: 0 })))
        .onConflict((oc) => oc.doNothing())
        .execute()
    }
    const when = formatDateTime24(startsAt)
    await recordAudit(trx, ctx, {
      action: input.id === undefined ? 'press.conference_created' : 'press.conference_updated',
      entityType: 'press_conference',
      entityId: conferenceId,
      summary:
        input.id === undefined
          ? `Registró la rueda de prensa «${input.title}» del ${when} en ${input.place}, con ${plural(invitedIds.length, 'medio invitado', 'medios invitados')}`
          : `Modificó la rueda de prensa «${input.title}» del ${when}`,
      details: { ...fields, spokespersons: input.spokespersons, topics: input.topics, invitedIds }
    })
    return conferenceId
  })
}

export async function setAttendance(ctx: AuthedCtx, id: number, attendedIds: number[]): Promise<void> {
  authorize(ctx, 'press.conferences')
  const ids = [...new Set(attendedIds)]
  await ctx.db.transaction().execute(async (trx) => {
    const conference = await conferenceOf(trx, id)
    if (conference.starts_at > ctx.nowIso) {
      throw invalidTransition(`La rueda de prensa «${conference.title}» es el ${formatDateTime24(conference.starts_at)}: registre la asistencia cuando se haya realizado.`)
    }
    const invited = await trx.selectFrom('press_conference_invitees').select('contact_id').where('conference_id', '=', id).execute()
    const invitedSet = new Set(invited.map((i) => i.contact_id))
    if (ids.some((c) => !invitedSet.has(c))) {
      throw validation('Solo se registra la asistencia de medios invitados. Agregue primero el medio a los invitados de la rueda de prensa.', {
        attendedIds: 'Hay asistentes que no estaban invitados.'
      })
    }
    await trx.updateTable('press_conference_invitees').set({ attended: 0 }).where('conference_id', '=', id).execute()
    if (ids.length > 0) {
      await trx.updateTable('press_conference_invitees').set({ attended: 1 }).where('conference_id', '=', id).where('contact_id', 'in', ids).execute()
    }
    await trx.updateTable('press_conferences').set({ updated_at: ctx.nowIso }).where('id', '=', id).execute()
    await recordAudit(trx, ctx, {
      action: 'press.conference_attendance',
      entityType: 'press_conference',
      entityId: id,
      summary: `Registró la asistencia a la rueda de prensa «${conference.title}»: ${plural(ids.length, 'medio', 'medios')} de ${invited.length} invitados`,
      details: { attendedIds: ids }
    })
  })
}

export async function setMaterials(ctx: AuthedCtx, id: number, assetIds: number[]): Promise<void> {
  authorize(ctx, 'press.conferences')
  const ids = [...new Set(assetIds)]
  await ctx.db.transaction().execute(async (trx) => {
    const conference = await conferenceOf(trx, id)
    await requireAll(trx, 'assets', ids, 'uno de los materiales del archivo elegidos')
    await trx.deleteFrom('press_conference_assets').where('conference_id', '=', id).execute()
    if (ids.length > 0) await trx.insertInto('press_conference_assets').values(ids.map((assetId) => ({ conference_id: id, asset_id: assetId }))).execute()
    await trx.updateTable('press_conferences').set({ updated_at: ctx.nowIso }).where('id', '=', id).execute()
    await recordAudit(trx, ctx, {
      action: 'press.conference_materials',
      entityType: 'press_conference',
      entityId: id,
      summary: `Dejó ${plural(ids.length, 'material', 'materiales')} del archivo en la rueda de prensa «${conference.title}»`,
      details: { assetIds: ids }
    })
  })
}

export async function setClips(ctx: AuthedCtx, id: number, clipIds: number[]): Promise<void> {
  authorize(ctx, 'press.conferences')
  const ids = [...new Set(clipIds)]
  await ctx.db.transaction().execute(async (trx) => {
    const conference = await conferenceOf(trx, id)
    await requireAll(trx, 'media_clips', ids, 'una de las notas de medios elegidas')
    const day = isoDateInColombia(new Date(conference.starts_at))
    if (ids.length > 0) {
      const early = await trx.selectFrom('media_clips').select(['headline', 'clip_date']).where('id', 'in', ids).where('clip_date', '<', day).executeTakeFirst()
      if (early) {
        throw validation(
          `La nota «${early.headline}» es del ${formatDate(early.clip_date)}, anterior a la rueda de prensa (${formatDate(day)}): no pudo resultar de ella.`,
          { clipIds: 'Hay notas anteriores a la rueda de prensa.' }
        )
      }
    }
    await trx.deleteFrom('press_conference_clips').where('conference_id', '=', id).execute()
    if (ids.length > 0) await trx.insertInto('press_conference_clips').values(ids.map((clipId) => ({ conference_id: id, clip_id: clipId }))).execute()
    await trx.updateTable('press_conferences').set({ updated_at: ctx.nowIso }).where('id', '=', id).execute()
    await recordAudit(trx, ctx, {
      action: 'press.conference_clips',
      entityType: 'press_conference',
      entityId: id,
      summary: `Vinculó ${plural(ids.length, 'nota de medios', 'notas de medios')} a la rueda de prensa «${conference.title}»`,
      details: { clipIds: ids }
    })
  })
}
