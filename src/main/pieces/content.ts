import type { AuthedCtx } from '../core/context'
import { validation } from '../core/errors'
import { recordAudit } from '../audit/record'
import { loadPieceForWrite, setPieceState } from './load'
import { authorizePieceAction } from './rules'
import { sanitizeContent } from './sanitize'
import { latestVersion, lastReviewedVersion } from './versions'

export async function saveContent(ctx: AuthedCtx, input: { pieceId: number; html: string; note: string }): Promise<void> {
  const { html, text } = sanitizeContent(input.html)
  await ctx.db.transaction().execute(async (trx) => {
    const piece = await loadPieceForWrite(trx, input.pieceId)
    authorizePieceAction('saveContent', piece, ctx.user)
    if (!text) throw validation('Escriba el contenido de la pieza antes de guardar la versión.', { html: 'El contenido está vacío.' })
    const number = ((await latestVersion(trx, 'contenido', piece.id))?.number ?? 0) + 1
    await trx
      .insertInto('content_versions')
      .values({ piece_id: piece.id, number, html, text, note: input.note, author_id: ctx.user.id, created_at: ctx.nowIso })
      .execute()
    await setPieceState(trx, piece, piece.state, ctx.nowIso)
    await recordAudit(trx, ctx, {
      action: 'pieces.content_saved',
      entityType: 'piece',
      entityId: piece.id,
      summary: `Guardó la versión ${number} del contenido`,
      details: { version: number, note: input.note }
    })
  })
}

export async function submitContent(ctx: AuthedCtx, pieceId: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const piece = await loadPieceForWrite(trx, pieceId)
    const to = authorizePieceAction('submitContent', piece, ctx.user)
    const latest = await latestVersion(trx, 'contenido', piece.id)
    if (!latest) throw validation('Guarde al menos una versión del contenido antes de enviarla a revisión.')
    const reviewed = await lastReviewedVersion(trx, 'contenido', piece.id)
    if (reviewed !== null && latest.number <= reviewed) {
      throw validation('Guarde una nueva versión con los ajustes antes de reenviar.')
    }
    await setPieceState(trx, piece, to, ctx.nowIso)
    await recordAudit(trx, ctx, {
      action: 'pieces.content_submitted',
      entityType: 'piece',
      entityId: piece.id,
      summary: `Envió la versión ${latest.number} del contenido a revisión`,
      details: { version: latest.number, from: piece.state, to }
    })
  })
}
