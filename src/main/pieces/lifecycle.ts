import type { AuthedCtx } from '../core/context'
import { recordAudit } from '../audit/record'
import { assertCatalogueIds } from '../catalogues/validate'
import { loadPieceForWrite, setPieceState } from './load'
import { authorizePieceAction } from './rules'
import { joinNames } from './spanish'

export interface PublishInput {
  pieceId: number
  publications: { channelId: number; publishedAt: string; urlOrPlace: string }[]
}

export async function publishPiece(ctx: AuthedCtx, input: PublishInput): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const piece = await loadPieceForWrite(trx, input.pieceId)
    const to = authorizePieceAction('publish', piece, ctx.user)
    const channelIds = input.publications.map((p) => p.channelId)
    await assertCatalogueIds(trx, 'canal', channelIds, 'Canales')
    await trx
      .insertInto('publications')
      .values(
        input.publications.map((p) => ({
          piece_id: piece.id,
          channel_id: p.channelId,
          published_at: new Date(p.publishedAt).toISOString(),
          url_or_place: p.urlOrPlace,
          published_by: ctx.user.id,
          created_at: ctx.nowIso
        }))
      )
      .execute()
    await setPieceState(trx, piece, to, ctx.nowIso)
    const channels = await trx.selectFrom('catalogue_items').select(['id', 'name']).where('id', 'in', channelIds).execute()
    const nameOf = new Map(channels.map((c) => [c.id, c.name]))
    const names = [...new Set(channelIds)].map((id) => nameOf.get(id) ?? String(id))
    await recordAudit(trx, ctx, {
      action: 'pieces.published',
      entityType: 'piece',
      entityId: piece.id,
      summary: `Registró la publicación en ${joinNames(names)}`,
      details: { publications: input.publications, from: piece.state, to }
    })
  })
}

export async function cancelPiece(ctx: AuthedCtx, input: { pieceId: number; reason: string }): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const piece = await loadPieceForWrite(trx, input.pieceId)
    const to = authorizePieceAction('cancel', piece, ctx.user)
    await trx.updateTable('pieces').set({ cancel_reason: input.reason }).where('id', '=', piece.id).execute()
    await setPieceState(trx, piece, to, ctx.nowIso)
    await recordAudit(trx, ctx, {
      action: 'pieces.cancelled',
      entityType: 'piece',
      entityId: piece.id,
      summary: `Canceló la pieza. Motivo: ${input.reason}`,
      details: { reason: input.reason, from: piece.state, to }
    })
  })
}
