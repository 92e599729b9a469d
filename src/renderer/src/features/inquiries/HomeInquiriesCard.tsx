import { Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { Link } from 'wouter'
import type { InquiryRow } from '../../../../shared/contract/inquiries'
import { INQUIRY_CHANNEL_LABELS } from '../../../../shared/domain/inquiries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { TermBadge } from './badges'
import { useInquiriesDue } from './queries'

const SHOWN = 5

function Row({ r }: { r: InquiryRow }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" lineClamp={1}>
          {r.text}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {r.citizen} · {INQUIRY_CHANNEL_LABELS[r.channel]} · {r.assigneeName ?? 'sin asignar'}
        </Text>
      </Stack>
      <TermBadge inquiry={r} />
    </Group>
  )
}

/** Inicio: the open citizen inquiries due today and those already overdue. */
export function HomeInquiriesCard() {
  const query = useInquiriesDue()
  const rows = query.data ? [...query.data.overdue, ...query.data.dueToday] : []
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Inquietudes por vencer">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Inquietudes ciudadanas</Title>
        {query.data && (
          <Group gap={6}>
            {query.data.overdue.length > 0 && <Badge color="red">{query.data.overdue.length === 1 ? '1 vencida' : `${query.data.overdue.length} vencidas`}</Badge>}
            {query.data.dueToday.length > 0 && <Badge color="orange">{query.data.dueToday.length === 1 ? '1 vence hoy' : `${query.data.dueToday.length} vencen hoy`}</Badge>}
          </Group>
        )}
      </Group>
      {query.isPending ? (
        <Loader size="sm" aria-label="Cargando inquietudes" />
      ) : query.isError ? (
        <ErrorAlert error={query.error} title="No se pudieron cargar las inquietudes" onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Ninguna inquietud vence hoy ni está vencida.
        </Text>
      ) : (
        <Stack gap="xs">
          {rows.slice(0, SHOWN).map((r) => (
            <Row key={r.id} r={r} />
          ))}
          {rows.length > SHOWN && (
            <Text size="xs" c="dimmed">
              y {rows.length - SHOWN} más
            </Text>
          )}
        </Stack>
      )}
      <Anchor component={Link} href="/inquietudes" size="sm" mt="sm" display="inline-block">
        Ver inquietudes
      </Anchor>
    </Paper>
  )
}
