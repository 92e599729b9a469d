import { useId } from 'react'
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { Link } from 'wouter'
import { formatDate } from '../../../../shared/dates'
import { formatDateTime24 } from '../../../../shared/domain/press'
import { QueryView } from '../../components/QueryView'
import { usePressUpcoming } from './queries'

/** Inicio: the press conferences of the coming week and the bulletins issued this week. */
export function HomePressCard() {
  const upcoming = usePressUpcoming()
  const titleId = useId()
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="sm">
        <Title order={4} id={titleId}>
          Prensa
        </Title>
        <Anchor component={Link} href="/prensa" size="sm">
          Ver prensa
        </Anchor>
      </Group>
      <QueryView query={upcoming} loadingLabel="Cargando prensa">
        {(data) => (
          <Stack gap="sm">
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                Ruedas de prensa de los próximos 7 días
              </Text>
              {data.conferences.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No hay ruedas de prensa programadas.
                </Text>
              ) : (
                data.conferences.map((c) => (
                  <Text key={c.id} size="sm">
                    <strong>{formatDateTime24(c.startsAt)}</strong> · {c.title} · {c.place}
                  </Text>
                ))
              )}
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                Boletines de esta semana ({formatDate(data.weekStart)} al {formatDate(data.weekEnd)})
              </Text>
              {data.bulletins.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Aún no se ha emitido ningún boletín esta semana.
                </Text>
              ) : (
                data.bulletins.map((b) => (
                  <Text key={b.id} size="sm">
                    <strong>{b.label}</strong> · {b.pieceTitle} · {b.sendCount === 0 ? 'sin enviar' : `${b.recipientTotal} destinatarios`}
                  </Text>
                ))
              )}
            </Stack>
          </Stack>
        )}
      </QueryView>
    </Paper>
  )
}
