import type { PieceDetail } from '../../../../shared/contract'
import type { PieceState, ReviewStage } from '../../../../shared/domain/pieces'
import { latestVersion } from '../pieces/versions'

/** The stage the current user may review now, from what main allows. */
export function reviewableStage(piece: PieceDetail): ReviewStage | null {
  if (piece.allowedActions.includes('reviewContent')) return 'contenido'
  if (piece.allowedActions.includes('reviewDesign')) return 'diseno'
  return null
}

export const STAGE_UNDER_REVIEW: Partial<Record<PieceState, ReviewStage>> = {
  revision_contenido: 'contenido',
  revision_diseno: 'diseno'
}

/** The version a decision applies to: the latest one sent of that stage. */
export function versionUnderReview(piece: PieceDetail, stage: ReviewStage) {
  return stage === 'contenido' ? latestVersion(piece.contentVersions) : latestVersion(piece.designVersions)
}
