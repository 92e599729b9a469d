import { Alert, Anchor, Center, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { Link } from 'wouter'
import type { PieceDetail } from '../../../../shared/contract'
import { PIECE_TYPE_LABELS, type ReviewDecision } from '../../../../shared/domain/pieces'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PieceStateBadge } from '../../components/PieceStateBadge'
import { DueDate } from '../pieces/DueDate'
import { usePiece } from '../pieces/queries'
import { ReviewWorkspace } from './ReviewWorkspace'
import { reviewableStage } from './stage'

interface Props {
  pieceId: number
  onDecided: (piece: PieceDetail, decision: ReviewDecision) => void
  onEscape: () => void
}

/** The selected piece of the queue: what it is, what is under review, and the decision panel. */
export function QueueDetail({ pieceId, onDecided, onEscape }: Props) {
  const query = usePiece(pieceId)
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Cargando la pieza" />
      </Center>
    )
  }
  if (query.isError) return <ErrorAlert error={query.error} title="No se pudo cargar la pieza" onRetry={() => void query.refetch()} />
  const piece = query.data
  const stage = reviewableStage(piece)
  return (
    <Stack gap="md">
      <div>
        <Group gap="sm">
          <Text ff="monospace" size="sm" c="dimmed">
            {piece.code}
          </Text>
          <PieceStateBadge state={piece.state} />
          <Text size="sm" c="dimmed">
            {PIECE_TYPE_LABELS[piece.type]}
          </Text>
        </Group>
        <Title order={3}>{piece.title}</Title>
        <Group gap="lg" mt={4}>
          <Text size="sm" c="dimmed">
            Redacción: {piece.writerName}
            {piece.designerName ? ` · Diseño: ${piece.designerName}` : ''}
          </Text>
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              Entrega:
            </Text>
            <DueDate date={piece.dueDate} overdue={piece.overdue} />
          </Group>
          <Anchor component={Link} href={`/piezas/${piece.id}`} size="sm">
            Abrir la pieza
          </Anchor>
        </Group>
      </div>
      {stage ? (
        <ReviewWorkspace piece={piece} stage={stage} onDecided={onDecided} onEscape={onEscape} />
      ) : (
        <Alert color="gray" variant="light" title="Usted no puede decidir sobre esta pieza">
          Usted participó en su redacción o diseño; otra persona con facultad de aprobación debe revisarla.
        </Alert>
      )}
    </Stack>
  )
}
