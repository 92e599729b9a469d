import { Grid } from '@mantine/core'
import type { PieceDetail } from '../../../../shared/contract'
import type { ReviewDecision, ReviewStage } from '../../../../shared/domain/pieces'
import { ReviewPanel } from './ReviewPanel'
import { ReviewSubject } from './ReviewSubject'
import { versionUnderReview } from './stage'

interface Props {
  piece: PieceDetail
  stage: ReviewStage
  onDecided?: (piece: PieceDetail, decision: ReviewDecision) => void
  onEscape?: () => void
}

/** Split view: what is under review on the left, the decision on the right. */
export function ReviewWorkspace({ piece, stage, onDecided, onEscape }: Props) {
  // A new version or stage starts a clean checklist.
  const key = `${piece.id}-${stage}-${versionUnderReview(piece, stage)?.id ?? 0}`
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <ReviewSubject piece={piece} stage={stage} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <div style={{ position: 'sticky', top: 16 }}>
          <ReviewPanel key={key} piece={piece} stage={stage} onDecided={onDecided} onEscape={onEscape} />
        </div>
      </Grid.Col>
    </Grid>
  )
}
