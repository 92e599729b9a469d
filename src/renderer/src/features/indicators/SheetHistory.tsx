import { Paper, Text, Timeline, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { formatDateTime } from '../../../../shared/dates'
import { QueryView } from '../../components/QueryView'
import { api } from '../../lib/api'

/** Who defined, changed and measured the indicator, replaced measurements included (the jefe's view of the audit trail). */
export function SheetHistory({ sheetId }: { sheetId: number }) {
  const query = useQuery({
    queryKey: ['indicators', 'history', sheetId],
    queryFn: () => api.audit.list({ entityType: 'indicator_sheet', entityId: sheetId, limit: 50 })
  })
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="historial-title">
      <Title order={3} size="h4" id="historial-title" mb="sm">
        Historial
      </Title>
      <QueryView query={query} loadingLabel="Cargando el historial">
        {(entries) => (
          <Timeline bulletSize={12} lineWidth={2}>
            {entries.map((e) => (
              <Timeline.Item key={e.id}>
                <Text size="sm">{e.summary}</Text>
                <Text size="xs" c="dimmed">
                  {e.actorName ?? 'Pauta'} · {formatDateTime(e.at)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </QueryView>
    </Paper>
  )
}
