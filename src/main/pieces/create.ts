import type { z } from 'zod'
import type { NewPieceFields } from '../../shared/contract/requests'
import { TYPE_REQUIRES_DESIGN } from '../../shared/domain/pieces'
import type { AuthedCtx, Trx } from '../core/context'
import { recordAudit } from '../audit/record'
import { assertCatalogueIds } from '../catalogues/validate'
import { nextCode, yearOf } from './codes'
import { assertActiveUser, assertOpenActivity } from './references'

export type NewPieceInput = z.output<typeof NewPieceFields>

/**
 * Validates and inserts a piece in borrador with its channels, audiences and audit entry, inside
 * the caller's transaction (a request's acceptance creates several at once). The caller checks
 * the permission.
 */
export async function createPiece(
  trx: Trx,
  ctx: AuthedCtx,
  fields: NewPieceInput,
  requestId: number | null
): Promise<{ id: number; code: string }> {
  await assertOpenActivity(trx, fields.activityId)
  await assertActiveUser(trx, fields.writerId, 'writerId')
  if (fields.designerId !== null) await assertActiveUser(trx, fields.designerId, 'designerId')
  await assertCatalogueIds(trx, 'canal', fields.channelIds, 'Canales')
  await assertCatalogueIds(trx, 'grupo_valor', fields.audienceIds, 'Grupos de valor')

  const { code, year, seq } = await nextCode(trx, 'pieces', 'PZ', yearOf(ctx.today))
  const requiresDesign = fields.requiresDesign ?? TYPE_REQUIRES_DESIGN[fields.type]
  const { id } = await trx
    .insertInto('pieces')
    .values({
      code,
      year,
      seq,
      title: fields.title,
      type: fields.type,
      state: 'borrador',
      requires_design: requiresDesign ? 1 : 0,
      activity_id: fields.activityId,
      request_id: requestId,
      writer_id: fields.writerId,
      designer_id: fields.designerId,
      due_date: fields.dueDate,
      cancel_reason: '',
      created_by: ctx.user.id,
      created_at: ctx.nowIso,
      updated_at: ctx.nowIso,
      state_changed_at: ctx.nowIso
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await replaceLinks(trx, id, fields.channelIds, fields.audienceIds)

  const origin = requestId === null ? '' : await requestOrigin(trx, requestId)
  await recordAudit(trx, ctx, {
    action: 'pieces.created',
    entityType: 'piece',
    entityId: id,
    summary: `Creó la pieza ${code} «${fields.title}»${origin}`,
    details: { code, type: fields.type, requiresDesign, requestId }
  })
  return { id, code }
}

async function requestOrigin(trx: Trx, requestId: number): Promise<string> {
  const request = await trx.selectFrom('requests').select('code').where('id', '=', requestId).executeTakeFirst()
  return request ? ` a partir de la solicitud ${request.code}` : ''
}

/** Sets the piece's channels and audiences to exactly these. */
export async function replaceLinks(trx: Trx, pieceId: number, channelIds: readonly number[], audienceIds: readonly number[]): Promise<void> {
  await trx.deleteFrom('piece_channels').where('piece_id', '=', pieceId).execute()
  await trx.deleteFrom('piece_audiences').where('piece_id', '=', pieceId).execute()
  const channels = [...new Set(channelIds)]
  const audiences = [...new Set(audienceIds)]
  if (channels.length) await trx.insertInto('piece_channels').values(channels.map((channel_id) => ({ piece_id: pieceId, channel_id }))).execute()
  if (audiences.length) await trx.insertInto('piece_audiences').values(audiences.map((audience_id) => ({ piece_id: pieceId, audience_id }))).execute()
}
