import { Alert, Stack } from '@mantine/core'
import { IconHourglass } from '@tabler/icons-react'
import type { PieceDetail } from '../../../../shared/contract'
import { REVIEW_STAGE_LABELS } from '../../../../shared/domain/pieces'
import { useCurrentUser } from '../../stores/session'
import { ReviewHistory } from './ReviewHistory'
import { ReviewWorkspace } from './ReviewWorkspace'
import { STAGE_UNDER_REVIEW, reviewableStage } from './stage'

function WaitingNotice({ piece }: { piece: PieceDetail }) {
  const user = useCurrentUser()
  const stage = STAGE_UNDER_REVIEW[piece.state]
  if (!stage) return null
  const involved = user !== null && (user.id === piece.writerId || user.id === piece.designerId)
  return (
    <Alert color="yellow" variant="light" icon={<IconHourglass size={18} />} title={`En revisión de ${REVIEW_STAGE_LABELS[stage].toLowerCase()}`}>
      {user?.canApprove && involved
        ? 'Usted participó en esta pieza, así que otra persona con facultad de aprobación debe revisarla.'
        : 'Espera la decisión del jefe de la oficina o de quien tenga su delegación vigente.'}
    </Alert>
  )
}

export function ReviewTab({ piece }: { piece: PieceDetail }) {
  const stage = reviewableStage(piece)
  return (
    <Stack gap="lg">
      {stage ? <ReviewWorkspace piece={piece} stage={stage} /> : <WaitingNotice piece={piece} />}
      <ReviewHistory reviews={piece.reviews} />
    </Stack>
  )
}
