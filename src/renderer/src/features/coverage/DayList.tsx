import { Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core'
import type { CoverageEventRow } from '../../../../shared/contract/coverage'
import { NEED_LABELS, timeInColombia } from '../../../../shared/domain/coverage'
import { EmptyState } from '../../components/EmptyState'
import { CoverageStateBadge, EventStateBadge } from './StateBadges'

/** One day's events in full, each with who covers what. */
export function DayList({ events, onOpen, emptyHint }: { events: CoverageEventRow[]; onOpen: (id: number) => void; emptyHint: string }) {
  if (events.length === 0) return <EmptyState title="No hay eventos este día">{emptyHint}</EmptyState>
  return (
    <Stack gap="sm">
      {events.map((e) => (
        <Paper key={e.id} withBorder p="md" radius="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <UnstyledButton onClick={() => onOpen(e.id)} aria-label={`Abrir ${e.title}`}>
              <Text size="sm" c="dimmed">
                {timeInColombia(e.startsAt)}–{timeInColombia(e.endsAt)} · {e.place}
                {e.dependenciaName ? ` · ${e.dependenciaName}` : ''}
              </Text>
              <Text fw={600}>{e.title}</Text>
            </UnstyledButton>
            <EventStateBadge state={e.state} />
          </Group>
          {e.coverages.length > 0 ? (
            <Stack gap={4} mt="xs">
              {e.coverages.map((c) => (
                <Group key={c.id} gap="xs" wrap="nowrap">
                  <Text size="sm" w={120}>
                    {NEED_LABELS[c.need]}
                  </Text>
                  <Text size="sm" style={{ flex: 1 }}>
                    {c.assigneeName}
                  </Text>
                  <CoverageStateBadge state={c.state} />
                </Group>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed" mt="xs">
              Aún no tiene cubrimientos asignados.
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  )
}
