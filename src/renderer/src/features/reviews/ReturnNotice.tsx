import { Alert, Text } from '@mantine/core'
import { IconArrowBackUp } from '@tabler/icons-react'
import type { PieceDetail } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import type { ReviewStage } from '../../../../shared/domain/pieces'

const ADJUSTING: Record<ReviewStage, string> = { contenido: 'ajustes_contenido', diseno: 'ajustes_diseno' }

/** While a piece is being adjusted, the reviewer's comments stay in sight of whoever adjusts it. */
export function ReturnNotice({ piece, stage }: { piece: PieceDetail; stage: ReviewStage }) {
  if (piece.state !== ADJUSTING[stage]) return null
  const review = piece.reviews
    .filter((r) => r.stage === stage && r.decision === 'devuelta')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
  if (!review) return null
  return (
    <Alert color="orange" variant="light" icon={<IconArrowBackUp size={18} />} title={`Devuelta con comentarios por ${review.reviewerName}`}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {review.comments}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        Sobre la versión {review.versionNumber} · {formatDateTime(review.createdAt)}
      </Text>
    </Alert>
  )
}
