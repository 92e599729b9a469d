import { Badge, Box, Group, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core'
import { Link } from 'wouter'
import type { PieceRow } from '../../../../shared/contract'
import { PIECE_STATES, PIECE_STATE_LABELS, PIECE_TYPE_LABELS, type PieceState } from '../../../../shared/domain/pieces'
import { PIECE_STATE_COLORS } from '../../components/PieceStateBadge'
import { DueDate } from './DueDate'

function BoardCard({ piece }: { piece: PieceRow }) {
  return (
    <UnstyledButton component={Link} href={`/piezas/${piece.id}`} aria-label={`${piece.code} ${piece.title}`} style={{ display: 'block' }}>
      <Paper withBorder p="sm" radius="md" shadow="xs" style={piece.overdue ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}>
        <Stack gap={4}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
              {piece.code}
            </Text>
            <Text size="xs" c="dimmed" truncate title={PIECE_TYPE_LABELS[piece.type]}>
              {PIECE_TYPE_LABELS[piece.type]}
            </Text>
          </Group>
          <Text size="sm" fw={600} lineClamp={3}>
            {piece.title}
          </Text>
          <Text size="xs" c="dimmed">
            {piece.writerName}
            {piece.designerName ? ` · ${piece.designerName}` : ''}
          </Text>
          <DueDate date={piece.dueDate} overdue={piece.overdue} size="xs" />
        </Stack>
      </Paper>
    </UnstyledButton>
  )
}

function BoardColumn({ state, pieces }: { state: PieceState; pieces: PieceRow[] }) {
  const titleId = `board-column-${state}`
  return (
    <Paper component="section" aria-labelledby={titleId} bg="gray.1" p="xs" radius="md" w={250} style={{ flex: '0 0 250px' }}>
      <Group justify="space-between" mb="xs" px={4} wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <Box w={8} h={8} bg={`${PIECE_STATE_COLORS[state]}.6`} style={{ borderRadius: 8 }} />
          <Text id={titleId} size="sm" fw={600}>
            {PIECE_STATE_LABELS[state]}
          </Text>
        </Group>
        <Badge size="sm" variant="white" color="gray" aria-label={`${pieces.length} piezas`}>
          {pieces.length}
        </Badge>
      </Group>
      <Stack gap="xs">
        {pieces.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md">
            Sin piezas
          </Text>
        ) : (
          pieces.map((p) => <BoardCard key={p.id} piece={p} />)
        )}
      </Stack>
    </Paper>
  )
}

/** Columns per state in the order of the workflow; a state filter narrows it to that column. */
export function PiecesBoard({ pieces, showCancelled, onlyState }: { pieces: PieceRow[]; showCancelled: boolean; onlyState: PieceState | null }) {
  const states = onlyState ? [onlyState] : PIECE_STATES.filter((s) => s !== 'cancelada' || showCancelled)
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" gap="sm" wrap="nowrap" pb="sm">
        {states.map((s) => (
          <BoardColumn key={s} state={s} pieces={pieces.filter((p) => p.state === s)} />
        ))}
      </Group>
    </ScrollArea>
  )
}
