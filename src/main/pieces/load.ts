import type { Db } from '../db/connection'
import type { PieceState, PieceType } from '../../shared/domain/pieces'
import { pieceNotFound } from './detail'
import type { PieceFacts } from './rules'

export interface PieceForWrite extends PieceFacts {
  id: number
  code: string
  title: string
  type: PieceType
}

/** The piece as a write sees it; read inside the write's transaction so the checks hold when it commits. */
export async function loadPieceForWrite(db: Db, pieceId: number): Promise<PieceForWrite> {
  const p = await db
    .selectFrom('pieces')
    .select(['id', 'code', 'title', 'type', 'state', 'requires_design', 'writer_id', 'designer_id'])
    .where('id', '=', pieceId)
    .executeTakeFirst()
  if (!p) throw pieceNotFound()
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    type: p.type,
    state: p.state,
    requiresDesign: p.requires_design === 1,
    writerId: p.writer_id,
    designerId: p.designer_id
  }
}

/** Moves the piece to `to`; the state-change time moves only when the state really changes. */
export async function setPieceState(db: Db, piece: { id: number; state: PieceState }, to: PieceState, nowIso: string): Promise<void> {
  await db
    .updateTable('pieces')
    .set(to === piece.state ? { updated_at: nowIso } : { state: to, state_changed_at: nowIso, updated_at: nowIso })
    .where('id', '=', piece.id)
    .execute()
}
