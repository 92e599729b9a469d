import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { Link } from 'wouter'
import { NEED_LABELS, timeInColombia } from '../../../../shared/domain/coverage'
import { QueryView } from '../../components/QueryView'
import { useCoverageToday } from './queries'
import { CoverageStateBadge, EventStateBadge } from './StateBadges'

/** Inicio: today's events and who covers each need. */
export function HomeCoverageCard() {
  const query = useCoverageToday()
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="home-cubrimientos-hoy">
      <Group justify="space-between" mb="sm">
        <Title order={4} id="home-cubrimientos-hoy">
          Cubrimientos de hoy
        </Title>
        <Badge color={query.data?.length ? 'indigo' : 'gray'} variant={query.data?.length ? 'filled' : 'light'} circle aria-label={`${query.data?.length ?? 0} eventos`}>
          {query.data?.length ?? 0}
        </Badge>
      </Group>
      <QueryView query={query} loadingLabel="Cargando los cubrimientos de hoy">
        {(events) =>
          events.length === 0 ? (
            <Text size="sm" c="dimmed" py="xs">
              Hoy no hay eventos por cubrir.
            </Text>
          ) : (
            <Stack gap="sm">
              {events.map((e) => {
                const live = e.coverages.filter((c) => c.state !== 'cancelada')
                return (
                  <div key={e.id}>
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="sm" fw={600} lineClamp={1}>
                        {timeInColombia(e.startsAt)} · {e.title}
                      </Text>
                      <EventStateBadge state={e.state} />
                    </Group>
                    <Text size="xs" c="dimmed">
                      {e.place}
                    </Text>
                    {live.length === 0 ? (
                      <Text size="xs" c="red">
                        Sin cubrimientos asignados
                      </Text>
                    ) : (
                      live.map((c) => (
                        <Group key={c.id} gap={6} wrap="nowrap">
                          <Text size="xs" w={96}>
                            {NEED_LABELS[c.need]}
                          </Text>
                          <Text size="xs" style={{ flex: 1 }} truncate>
                            {c.assigneeName}
                          </Text>
                          <CoverageStateBadge state={c.state} />
                        </Group>
                      ))
                    )}
                  </div>
                )
              })}
            </Stack>
          )
        }
      </QueryView>
      <Anchor component={Link} href="/cubrimientos" size="sm" mt="sm" display="inline-block">
        Ver el calendario de cubrimientos
      </Anchor>
    </Paper>
  )
}
