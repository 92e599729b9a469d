import { Group, Paper, SimpleGrid, Text, Title, UnstyledButton, Box } from '@mantine/core'
import { useLocation } from 'wouter'
import { PIECE_STATES, PIECE_STATE_LABELS, type PieceState } from '../../../../shared/domain/pieces'
import { PIECE_STATE_COLORS } from '../../components/PieceStateBadge'
import { usePiecesView } from '../pieces/view-store'
import classes from './home.module.css'

/** How many pieces the office has in each state; a tile opens Piezas filtered by it. */
export function StateCounts({ counts }: { counts: Record<PieceState, number> }) {
  const focus = usePiecesView((s) => s.focus)
  const [, navigate] = useLocation()
  const open = (state: PieceState) => {
    focus({ state })
    navigate('/piezas')
  }
  return (
    <section aria-labelledby="home-counts">
      <Title order={4} id="home-counts" mb="sm">
        Piezas por estado
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
        {PIECE_STATES.map((s) => (
          <UnstyledButton key={s} className={classes.tile} onClick={() => open(s)} aria-label={`${PIECE_STATE_LABELS[s]}: ${counts[s]}`}>
            <Paper withBorder p="sm" radius="md" className={classes.tileInner}>
              <Group gap={6} wrap="nowrap">
                <Box w={8} h={8} bg={`${PIECE_STATE_COLORS[s]}.6`} style={{ borderRadius: 8, flexShrink: 0 }} />
                <Text size="xs" c="dimmed" truncate>
                  {PIECE_STATE_LABELS[s]}
                </Text>
              </Group>
              <Text fz={24} fw={700} c={counts[s] > 0 ? undefined : 'dimmed'}>
                {counts[s]}
              </Text>
            </Paper>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </section>
  )
}
