import { CHECKLIST_ITEMS, type ChecklistItem, type ReviewDecision, type ReviewStage } from '../../shared/domain/pieces'
import type { AuthedCtx } from '../core/context'
import { invalidTransition, validation } from '../core/errors'
import { recordAudit } from '../audit/record'
import { assertPieceAssetsConsent } from '../archive/consent'
import { loadPieceForWrite, setPieceState } from './load'
import { authorizePieceAction } from './rules'
import type { MachineAction } from './state-machine'
import { latestVersion } from './versions'

export interface ReviewInput {
  pieceId: number
  stage: ReviewStage
  decision: ReviewDecision
  comments: string
  checklist: Record<ChecklistItem, boolean>
}

const ACTION: Record<ReviewStage, Record<ReviewDecision, MachineAction>> = {
  contenido: { aprobada: 'approveContent', devuelta: 'returnContent' },
  diseno: { aprobada: 'approveDesign', devuelta: 'returnDesign' }
}

const STAGE_NOUN: Record<ReviewStage, string> = { contenido: 'del contenido', diseno: 'del diseño' }

export async function reviewPiece(ctx: AuthedCtx, input: ReviewInput): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const piece = await loadPieceForWrite(trx, input.pieceId)
    const to = authorizePieceAction(ACTION[input.stage][input.decision], piece, ctx.user)
    if (input.decision === 'aprobada' && !CHECKLIST_ITEMS.every((k) => input.checklist[k])) {
      throw validation('Para aprobar, verifique todos los puntos de control.', { checklist: 'Marque todos los puntos de control.' })
    }
    // Ley 1581 de 2012: a piece may not be approved while it uses images without a valid authorisation.
    if (input.decision === 'aprobada') await assertPieceAssetsConsent(trx, piece.id, ctx.today)
    const version = await latestVersion(trx, input.stage, piece.id)
    if (!version) throw invalidTransition(`No hay ninguna versión ${STAGE_NOUN[input.stage]} para revisar.`)
    await trx
      .insertInto('reviews')
      .values({
        piece_id: piece.id,
        stage: input.stage,
        content_version_id: input.stage === 'contenido' ? version.id : null,
        design_version_id: input.stage === 'diseno' ? version.id : null,
        decision: input.decision,
        comments: input.comments,
        checklist: JSON.stringify(input.checklist),
        reviewer_id: ctx.user.id,
        created_at: ctx.nowIso
      })
      .execute()
    await setPieceState(trx, piece, to, ctx.nowIso)
    const what = `la versión ${version.number} ${STAGE_NOUN[input.stage]}`
    const summary =
      input.decision === 'devuelta'
        ? `Devolvió ${what} con ajustes`
        : `Aprobó ${what}${to === 'aprobada' && input.stage === 'contenido' ? '; la pieza no requiere diseño y quedó aprobada' : ''}`
    await recordAudit(trx, ctx, {
      action: `pieces.${input.stage === 'contenido' ? 'content' : 'design'}_${input.decision === 'aprobada' ? 'approved' : 'returned'}`,
      entityType: 'piece',
      entityId: piece.id,
      summary,
      details: { version: version.number, decision: input.decision, comments: input.comments, checklist: input.checklist, from: piece.state, to }
    })
  })
}
