import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { Link } from 'wouter'
import type { ActionAlert } from '../../../../shared/contract/improvement'
import { QueryView } from '../../components/QueryView'
import { dueLabel, useImprovementDue } from './queries'

const SHOWN = 5

function Line({ alert }: { alert: ActionAlert }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" truncate>
          {alert.description}
        </Text>
        <Text size="xs" c="dimmed">
          H{alert.findingNumber} · {alert.responsibleName} · {alert.progress} %
        </Text>
      </Stack>
      <Badge color={alert.daysLeft < 0 ? 'red' : 'yellow'} variant="light" style={{ flexShrink: 0 }}>
        {dueLabel(alert.daysLeft)}
      </Badge>
    </Group>
  )
}

/** Inicio: improvement actions that are late or due within seven days. */
export function HomeImprovementCard() {
  const due = useImprovementDue()
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="home-improvement">
      <Group justify="space-between" mb="sm">
        <Title order={4} id="home-improvement">
          Acciones de mejora
        </Title>
        {due.data && due.data.late.length > 0 && (
          <Badge color="red" variant="filled">
            {due.data.late.length} {due.data.late.length === 1 ? 'vencida' : 'vencidas'}
          </Badge>
        )}
      </Group>
      <QueryView query={due} loadingLabel="Cargando las acciones de mejora">
        {(d) => {
          const all = [...d.late, ...d.dueSoon]
          return all.length === 0 ? (
            <Text size="sm" c="dimmed" py="xs">
              Ninguna acción de mejora vence esta semana ni está vencida.
            </Text>
          ) : (
            <Stack gap={6}>
              {all.slice(0, SHOWN).map((a) => (
                <Line key={a.actionId} alert={a} />
              ))}
              {all.length > SHOWN && (
                <Text size="xs" c="dimmed">
                  y {all.length - SHOWN} más
                </Text>
              )}
            </Stack>
          )
        }}
      </QueryView>
      <Anchor component={Link} href="/mejora" size="sm" mt="sm" display="inline-block">
        Ver el plan de mejoramiento
      </Anchor>
    </Paper>
  )
}
