import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { Link } from 'wouter'
import { TONES } from '../../../../shared/domain/monitoring'
import { QueryView } from '../../components/QueryView'
import { useTodayClips } from './queries'
import { ToneBadge } from './ToneBadge'

/** Inicio: what the media say today about the entity, by tone. */
export function HomeClipsCard() {
  const query = useTodayClips()
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Medios hoy</Title>
        <Anchor component={Link} href="/medios" size="sm">
          Ver seguimiento de medios
        </Anchor>
      </Group>
      <QueryView query={query} loadingLabel="Cargando las notas de hoy">
        {(today) =>
          today.counts.total === 0 ? (
            <Text size="sm" c="dimmed">
              Aún no hay notas de medios registradas hoy.
            </Text>
          ) : (
            <Stack gap="xs">
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {today.counts.total} {today.counts.total === 1 ? 'nota' : 'notas'}
                </Text>
                {TONES.map((t) => (
                  <ToneBadge key={t} tone={t} count={today.counts[t]} />
                ))}
              </Group>
              <Stack gap={4}>
                {today.latest.map((c) => (
                  <Group key={c.id} gap="xs" wrap="nowrap">
                    <ToneBadge tone={c.tone} />
                    <Text size="sm" truncate="end" title={`${c.headline} — ${c.medium}`}>
                      {c.headline} <Text span c="dimmed" size="sm">— {c.medium}</Text>
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Stack>
          )
        }
      </QueryView>
    </Paper>
  )
}
