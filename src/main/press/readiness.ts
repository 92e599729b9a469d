import type { BulletinReadiness } from '../../shared/contract/press'
import { PIECE_STATE_LABELS, type PieceState } from '../../shared/domain/pieces'

const CONTENT_PENDING: readonly PieceState[] = ['borrador', 'revision_contenido', 'ajustes_contenido']

/**
 * A bulletin goes out only with its approvals: the content's, and the design's when the piece
 * requires design. The piece's state says which are in (pieces/state-machine.ts).
 */
export function readiness(state: PieceState, requiresDesign: boolean): BulletinReadiness {
  if (state === 'aprobada' || state === 'publicada') return { pieceState: state, ready: true, missing: '' }
  if (state === 'cancelada') return { pieceState: state, ready: false, missing: 'La pieza del boletín fue cancelada.' }
  const where = `la pieza está en «${PIECE_STATE_LABELS[state]}»`
  if (CONTENT_PENDING.includes(state)) {
    const what = requiresDesign ? 'Faltan la aprobación del contenido y la del diseño' : 'Falta la aprobación del contenido'
    return { pieceState: state, ready: false, missing: `${what} (${where}).` }
  }
  return { pieceState: state, ready: false, missing: `Falta la aprobación del diseño (${where}).` }
}
