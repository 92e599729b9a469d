import type { AuthedCtx } from '../core/context'
import { recordAudit } from '../audit/record'
import { assertCatalogueIds } from '../catalogues/validate'
import { replaceLinks } from './create'
import { joinNames } from './spanish'
import { loadPieceForWrite } from './load'
import { assertActiveUser, assertOpenActivity } from './references'
import { authorizePieceAction } from './rules'

export interface UpdatePieceInput {
  id: number
  title: string
  activityId: number
  writerId: number
  designerId: number | null
  channelIds: number[]
  audienceIds: number[]
  dueDate: string
  requiresDesign: boolean
}

const sameSet = (a: readonly number[], b: readonly number[]) => {
  const sa = new Set(a)
  const sb = new Set(b)
  return sa.size === sb.size && [...sa].every((x) => sb.has(x))
}

/**
 * Edits what the piece is about, not where it is in the process. References are checked only when
 * they change, so a piece whose channel was later deactivated can still get its title fixed.
 */
export async function updatePiece(ctx: AuthedCtx, input: UpdatePieceInput): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const piece = await loadPieceForWrite(trx, input.id)
    authorizePieceAction('editMetadata', piece, ctx.user)
    if (input.requiresDesign !== piece.requiresDesign) authorizePieceAction('changeDesignNeed', piece, ctx.user)
    const current = await trx.selectFrom('pieces').select(['activity_id', 'due_date']).where('id', '=', piece.id).executeTakeFirstOrThrow()
    const [channels, audiences] = await Promise.all([
      trx.selectFrom('piece_channels').select('channel_id').where('piece_id', '=', piece.id).execute(),
      trx.selectFrom('piece_audiences').select('audience_id').where('piece_id', '=', piece.id).execute()
    ])
    const channelIds = channels.map((c) => c.channel_id)
    const audienceIds = audiences.map((a) => a.audience_id)

    const changed: string[] = []
    if (input.title !== piece.title) changed.push('el título')
    if (input.activityId !== current.activity_id) {
      await assertOpenActivity(trx, input.activityId)
      changed.push('la actividad del plan')
    }
    if (input.writerId !== piece.writerId) {
      await assertActiveUser(trx, input.writerId, 'writerId')
      changed.push('la persona que redacta')
    }
    if (input.designerId !== piece.designerId) {
      if (input.designerId !== null) await assertActiveUser(trx, input.designerId, 'designerId')
      changed.push('la persona que diseña')
    }
    if (!sameSet(input.channelIds, channelIds)) {
      await assertCatalogueIds(trx, 'canal', input.channelIds.filter((id) => !channelIds.includes(id)), 'Canales', 'channelIds')
      changed.push('los canales')
    }
    if (!sameSet(input.audienceIds, audienceIds)) {
      await assertCatalogueIds(trx, 'grupo_valor', input.audienceIds.filter((id) => !audienceIds.includes(id)), 'Grupos de valor', 'audienceIds')
      changed.push('los grupos de valor')
    }
    if (input.dueDate !== current.due_date) changed.push('la fecha de entrega')
    if (input.requiresDesign !== piece.requiresDesign) changed.push('si requiere diseño')
    if (changed.length === 0) return

    await trx
      .updateTable('pieces')
      .set({
        title: input.title,
        activity_id: input.activityId,
        writer_id: input.writerId,
        designer_id: input.designerId,
        due_date: input.dueDate,
        requires_design: input.requiresDesign ? 1 : 0,
        updated_at: ctx.nowIso
      })
      .where('id', '=', piece.id)
      .execute()
    await replaceLinks(trx, piece.id, input.channelIds, input.audienceIds)
    await recordAudit(trx, ctx, {
      action: 'pieces.updated',
      entityType: 'piece',
      entityId: piece.id,
      summary: `Modificó ${joinNames(changed)} de la pieza`,
      details: {
        changed,
        before: {
          title: piece.title,
          activityId: current.activity_id,
          writerId: piece.writerId,
          designerId: piece.designerId,
          channelIds,
          audienceIds,
          dueDate: current.due_date,
          requiresDesign: piece.requiresDesign
        },
        after: {
          title: input.title,
          activityId: input.activityId,
          writerId: input.writerId,
          designerId: input.designerId,
          channelIds: input.channelIds,
          audienceIds: input.audienceIds,
          dueDate: input.dueDate,
          requiresDesign: input.requiresDesign
        }
      }
    })
  })
}
