import type { z } from 'zod'
import type { CoverageArchiveTemplate } from '../../shared/contract/coverage'
import type { NewPieceFields } from '../../shared/contract/requests'
import { NEED_LABELS } from '../../shared/domain/coverage'
import { isoDateInColombia } from '../../shared/dates'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import { saveEvent } from '../archive/events'
import type { AuthedCtx } from '../core/context'
import { conflict, invalidTransition, notFound } from '../core/errors'
import type { Db } from '../db/connection'
import { createPiece } from '../pieces/create'
import { loadEventForWrite } from './event-writes'
import { eventNotFound } from './queries'

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('es-CO').replace(/\s+/g, ' ').trim()

/** The photographer (or else the videographer) signs the material; without either, whoever ingests. */
async function creatorOf(db: Db, eventId: number, fallback: string): Promise<string> {
  const rows = await db
    .selectFrom('coverages as c')
    .innerJoin('users as u', 'u.id', 'c.assignee_id')
    .select(['c.need', 'u.full_name'])
    .where('c.event_id', '=', eventId)
    .where('c.need', 'in', ['fotografia', 'video'])
    .where('c.state', '<>', 'cancelada')
    .execute()
  return (rows.find((r) => r.need === 'fotografia') ?? rows[0])?.full_name ?? fallback
}

/**
 * The archive event the covered event's photos and videos go under: the linked one, else an
 * archive event of the same name and day someone already created, else a new one.
 */
export async function ensureArchiveEvent(ctx: AuthedCtx, eventId: number): Promise<CoverageArchiveTemplate> {
  authorize(ctx, 'archive.ingest')
  const event = await ctx.db.selectFrom('coverage_events').selectAll().where('id', '=', eventId).executeTakeFirst()
  if (!event) throw eventNotFound()
  if (event.state !== 'en_curso' && event.state !== 'cubierto') {
    throw invalidTransition('El material se ingesta cuando el evento está en curso o ya fue cubierto.')
  }
  let archiveEventId = event.archive_event_id
  if (archiveEventId === null) {
    const date = isoDateInColombia(new Date(event.starts_at))
    const sameDay = await ctx.db.selectFrom('archive_events').select(['id', 'name']).where('date', '=', date).execute()
    const twin = sameDay.find((e) => fold(e.name) === fold(event.title))
    // The archive's own service creates the event (its permission, twin check and audit entry).
    const linkedId = twin?.id ?? (await saveEvent(ctx, { name: event.title, date, place: event.place, description: event.description }))
    archiveEventId = linkedId
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('coverage_events').set({ archive_event_id: linkedId, updated_at: ctx.nowIso }).where('id', '=', event.id).execute()
      await recordAudit(trx, ctx, {
        action: 'coverage.archive_linked',
        entityType: 'coverage_event',
        entityId: event.id,
        summary: `Vinculó el evento «${event.title}» a su evento del archivo audiovisual`,
        details: { archiveEventId: linkedId, created: twin === undefined }
      })
    })
  }
  const settings = await ctx.db.selectFrom('entity_settings').select('city').executeTakeFirst()
  return {
    archiveEventId,
    place: event.place,
    city: settings?.city ?? '',
    creator: await creatorOf(ctx.db, event.id, ctx.user.fullName),
    dependenciaId: event.dependencia_id
  }
}

export type CoveragePieceInput = z.output<typeof NewPieceFields> & { coverageId: number }

/** A delivered coverage becomes one piece, created through the pieces service and remembered on the coverage. */
export async function createCoveragePiece(ctx: AuthedCtx, input: CoveragePieceInput): Promise<{ pieceId: number; code: string }> {
  authorize(ctx, 'pieces.create')
  const { coverageId, ...fields } = input
  return ctx.db.transaction().execute(async (trx) => {
    const coverage = await trx.selectFrom('coverages').selectAll().where('id', '=', coverageId).executeTakeFirst()
    if (!coverage) throw notFound('el cubrimiento')
    if (coverage.state !== 'entregada') {
      throw invalidTransition('Las piezas se crean a partir de cubrimientos entregados: espere a que la persona asignada entregue el material.')
    }
    if (coverage.piece_id !== null) {
      const piece = await trx.selectFrom('pieces').select('code').where('id', '=', coverage.piece_id).executeTakeFirstOrThrow()
      throw conflict(`Este cubrimiento ya tiene su pieza, ${piece.code}. Ábrala desde el evento.`)
    }
    const event = await loadEventForWrite(trx, coverage.event_id)
    const piece = await createPiece(trx, ctx, fields, null)
    await trx.updateTable('coverages').set({ piece_id: piece.id, updated_at: ctx.nowIso }).where('id', '=', coverage.id).execute()
    await recordAudit(trx, ctx, {
      action: 'coverage.piece_created',
      entityType: 'coverage_event',
      entityId: event.id,
      summary: `Creó la pieza ${piece.code} a partir del cubrimiento de ${NEED_LABELS[coverage.need].toLocaleLowerCase('es-CO')} de «${event.title}»`,
      details: { coverageId: coverage.id, pieceId: piece.id }
    })
    return { pieceId: piece.id, code: piece.code }
  })
}
