import type { DomainHandlers } from '../core/handlers'
import type { Db } from '../db/connection'
import { validation } from '../core/errors'
import { authorize } from '../auth/permissions'
import { saveContent, submitContent } from './content'
import { createPiece } from './create'
import { attachDesign, submitDesign } from './design'
import { getContentVersion, getPieceDetail, pieceHistory } from './detail'
import { cancelPiece, publishPiece } from './lifecycle'
import { listPieces, piecesInReview } from './queries'
import { reviewPiece } from './review'
import { canReview } from './rules'
import { updatePiece } from './update'

/** A piece created on its own may still be tied to a request the office already accepted. */
async function assertAcceptedRequest(db: Db, requestId: number): Promise<void> {
  const request = await db.selectFrom('requests').select(['code', 'state']).where('id', '=', requestId).executeTakeFirst()
  if (!request) throw validation('La solicitud elegida no existe.', { requestId: 'Elija una solicitud de la lista.' })
  if (request.state !== 'aceptada') {
    throw validation(`La solicitud ${request.code} no está aceptada: acéptela primero, con sus piezas.`, {
      requestId: 'Solo se vinculan piezas a solicitudes aceptadas.'
    })
  }
}

export const piecesHandlers: DomainHandlers<'pieces'> = {
  list: (ctx, input) => listPieces(ctx.db, ctx.today, ctx.user.id, input),

  get: (ctx, input) => getPieceDetail(ctx, input.id),

  async create(ctx, input) {
    authorize(ctx, 'pieces.create')
    const { requestId, ...fields } = input
    const { id } = await ctx.db.transaction().execute(async (trx) => {
      if (requestId !== null) await assertAcceptedRequest(trx, requestId)
      return createPiece(trx, ctx, fields, requestId)
    })
    return getPieceDetail(ctx, id)
  },

  async update(ctx, input) {
    await updatePiece(ctx, input)
    return getPieceDetail(ctx, input.id)
  },

  getContentVersion: (ctx, input) => getContentVersion(ctx.db, input.versionId),

  async saveContent(ctx, input) {
    await saveContent(ctx, input)
    return getPieceDetail(ctx, input.pieceId)
  },

  async submitContent(ctx, input) {
    await submitContent(ctx, input.pieceId)
    return getPieceDetail(ctx, input.pieceId)
  },

  async attachDesign(ctx, input) {
    await attachDesign(ctx, input)
    return getPieceDetail(ctx, input.pieceId)
  },

  async submitDesign(ctx, input) {
    await submitDesign(ctx, input.pieceId)
    return getPieceDetail(ctx, input.pieceId)
  },

  async review(ctx, input) {
    await reviewPiece(ctx, input)
    return getPieceDetail(ctx, input.pieceId)
  },

  async publish(ctx, input) {
    await publishPiece(ctx, input)
    return getPieceDetail(ctx, input.pieceId)
  },

  async cancel(ctx, input) {
    await cancelPiece(ctx, input)
    return getPieceDetail(ctx, input.pieceId)
  },

  history: (ctx, input) => pieceHistory(ctx.db, input.pieceId),

  async reviewQueue(ctx) {
    const rows = await piecesInReview(ctx.db, ctx.today)
    return rows.map((row) => ({ ...row, canReview: canReview(row, ctx.user) }))
  }
}
