import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { Agenda, AgendaItem } from '../../../../shared/contract/coverage'
import { NEED_LABELS, dateTime24, eventSpan } from '../../../../shared/domain/coverage'
import { EmptyState } from '../../components/EmptyState'
import { CoverageButtons } from './CoverageButtons'
import { CoverageStateBadge, EventStateBadge } from './StateBadges'

function AgendaCard({ item }: { item: AgendaItem }) {
  const late = item.state !== 'entregada' && item.state !== 'cancelada' && item.dueAt < new Date().toISOString()
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600}>{NEED_LABELS[item.need]}</Text>
            <CoverageStateBadge state={item.state} />
            {item.eventState !== 'confirmado' && item.eventState !== 'en_curso' && <EventStateBadge state={item.eventState} />}
          </Group>
          <Text size="sm">{item.eventTitle}</Text>
          <Text size="sm" c="dimmed">
            {eventSpan(item.eventStartsAt, item.eventEndsAt)} · {item.eventPlace}
          </Text>
          <Text size="sm" c={late ? 'red' : 'dimmed'}>
            {item.state === 'entregada' && item.deliveredAt ? `Entregado el ${dateTime24(item.deliveredAt)}` : `Entrega: ${dateTime24(item.dueAt)}${late ? ' (vencida)' : ''}`}
          </Text>
          {item.notes && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {item.notes}
            </Text>
          )}
          {item.cancelReason && (
            <Text size="xs" c="dimmed">
              {item.cancelReason}
            </Text>
          )}
        </Stack>
        <CoverageButtons coverage={item} eventTitle={item.eventTitle} />
      </Group>
    </Paper>
  )
}

function Section({ title, items, empty }: { title: string; items: AgendaItem[]; empty: string }) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        items.map((i) => <AgendaCard key={i.id} item={i} />)
      )}
    </Stack>
  )
}

/** The signed-in person's coverages: today, what is coming, and the past week. */
export function AgendaView({ agenda }: { agenda: Agenda }) {
  if (agenda.today.length + agenda.upcoming.length + agenda.pastWeek.length === 0) {
    return <EmptyState title="No tiene cubrimientos asignados">Cuando la oficina le asigne un cubrimiento, aparecerá aquí para que lo acepte y lo entregue.</EmptyState>
  }
  return (
    <Stack gap="xl">
      <Section title="Hoy" items={agenda.today} empty="Hoy no tiene cubrimientos." />
      <Section title="Próximos" items={agenda.upcoming} empty="No tiene cubrimientos próximos." />
      <Section title="Últimos siete días" items={agenda.pastWeek} empty="No tuvo cubrimientos en los últimos siete días." />
    </Stack>
  )
}
