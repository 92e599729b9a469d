import type { AssetCard } from '../../shared/contract'
import { PIECE_STATE_LABELS, type PieceState } from '../../shared/domain/pieces'
import { recordAudit } from '../audit/record'
import type { AuthedCtx, Ctx } from '../core/context'
import { forbidden, invalidTransition, validation } from '../core/errors'
import type { Db } from '../db/connection'
import { loadPieceForWrite, type PieceForWrite } from '../pieces/load'
import { cardQuery, toCard } from './cards'
import { assetName } from './detail'

/** Once approved the piece is what the approver saw: its assets no longer change. */
const FROZEN: readonly PieceState[] = ['aprobada', 'publicada', 'cancelada']

function assertMayChangeLinks(ctx: AuthedCtx, piece: PieceForWrite): void {
  const mayAct = ctx.user.role === 'jefe' || ctx.user.id === piece.writerId || ctx.user.id === piece.designerId
  if (!mayAct) throw forbidden('Solo quien redacta o diseña la pieza, o el jefe de la oficina, vinculan archivos a ella.')
  if (FROZEN.includes(piece.state)) {
    throw invalidTransition(`La pieza ${piece.code} está «${PIECE_STATE_LABELS[piece.state]}»: ya no se cambian sus archivos vinculados.`)
  }
}

/** The assets a piece uses, in the order they were linked. */
export async function pieceAssets(ctx: Ctx, pieceId: number): Promise<AssetCard[]> {
  await loadPieceForWrite(ctx.db, pieceId)
  return listLinked(ctx, ctx.db, pieceId)
}

async function listLinked(ctx: Ctx, db: Db, pieceId: number): Promise<AssetCard[]> {
  const rows = await cardQuery(db)
    .innerJoin('piece_assets as pa', 'pa.asset_id', 'a.id')
    .where('pa.piece_id', '=', pieceId)
    .orderBy('pa.linked_at')
    .orderBy('a.id')
    .execute()
  return rows.map((r) => toCard(r, ctx.core.host, ctx.today))
}

const quoted = (names: string[]) => names.map((n) => `«${n}»`).join(', ')

export async function linkToPiece(ctx: AuthedCtx, pieceId: number, assetIds: number[]): Promise<void> {
  const ids = [...new Set(assetIds)]
  if (ids.length === 0) throw validation('Elija al menos un archivo para vincular.', { assetIds: 'Elija al menos un archivo.' })
  await ctx.db.transaction().execute(async (trx) => {
    const piece = await loadPieceForWrite(trx, pieceId)
    assertMayChangeLinks(ctx, piece)
    const assets = await trx.selectFrom('assets').select(['id', 'title', 'original_name']).where('id', 'in', ids).orderBy('id').execute()
    if (assets.length !== ids.length) throw validation('Uno de los archivos elegidos ya no está en el archivo. Actualice la búsqueda y elija de nuevo.')
    const already = new Set(
      (await trx.selectFrom('piece_assets').select('asset_id').where('piece_id', '=', pieceId).where('asset_id', 'in', ids).execute()).map((r) => r.asset_id)
    )
    const added = assets.filter((a) => !already.has(a.id))
    if (added.length === 0) return
    await trx
      .insertInto('piece_assets')
      .values(added.map((a) => ({ piece_id: pieceId, asset_id: a.id, linked_at: ctx.nowIso })))
      .execute()
    const names = added.map(assetName)
    await recordAudit(trx, ctx, {
      action: 'pieces.assets_linked',
      entityType: 'piece',
      entityId: pieceId,
      summary: names.length === 1 ? `Vinculó ${quoted(names)} del archivo` : `Vinculó ${names.length} archivos del archivo: ${quoted(names)}`,
      details: { assetIds: added.map((a) => a.id) }
    })
  })
}

export async function unlinkFromPiece(ctx: AuthedCtx, pieceId: number, assetId: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const piece = await loadPieceForWrite(trx, pieceId)
    assertMayChangeLinks(ctx, piece)
    const asset = await trx
      .selectFrom('piece_assets as pa')
      .innerJoin('assets as a', 'a.id', 'pa.asset_id')
      .select(['a.id', 'a.title', 'a.original_name'])
      .where('pa.piece_id', '=', pieceId)
      .where('pa.asset_id', '=', assetId)
      .executeTakeFirst()
    if (!asset) throw validation('Ese archivo no está vinculado a la pieza. Actualice la pantalla.')
    await trx.deleteFrom('piece_assets').where('piece_id', '=', pieceId).where('asset_id', '=', assetId).execute()
    await recordAudit(trx, ctx, {
      action: 'pieces.asset_unlinked',
      entityType: 'piece',
      entityId: pieceId,
      summary: `Desvinculó «${assetName(asset)}» del archivo`,
      details: { assetId }
    })
  })
}
