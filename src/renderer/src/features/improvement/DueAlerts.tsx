import { Paper, SimpleGrid, Text, Title } from '@mantine/core'
import { QueryView } from '../../components/QueryView'
import { DueList } from './DueList'
import { useImprovementDue } from './queries'

/** The plan's alerts: late actions and those due within seven days. */
export function DueAlerts({ onOpen }: { onOpen: (findingId: number) => void }) {
  const due = useImprovementDue()
  return (
    <QueryView query={due} loadingLabel="Cargando las alertas">
      {(d) => (
        <SimpleGrid cols={{ base: 1, md: 2 }} mb="lg">
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="improvement-late">
            <Title order={4} id="improvement-late" c={d.late.length > 0 ? 'red.8' : undefined} mb="xs">
              Acciones vencidas ({d.late.length})
            </Title>
            {d.late.length === 0 ? <Text size="sm" c="dimmed">Ninguna acción está vencida.</Text> : <DueList alerts={d.late} onOpen={onOpen} />}
          </Paper>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="improvement-soon">
            <Title order={4} id="improvement-soon" mb="xs">
              Vencen en los próximos 7 días ({d.dueSoon.length})
            </Title>
            {d.dueSoon.length === 0 ? <Text size="sm" c="dimmed">Ninguna acción vence esta semana.</Text> : <DueList alerts={d.dueSoon} onOpen={onOpen} />}
          </Paper>
        </SimpleGrid>
      )}
    </QueryView>
  )
}
