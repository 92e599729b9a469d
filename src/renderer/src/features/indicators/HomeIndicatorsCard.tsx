import { Anchor, Badge, Group, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { Link, useLocation } from 'wouter'
import { formatIndicatorValue } from '../../../../shared/domain/indicators'
import { ErrorAlert } from '../../components/ErrorAlert'
import { StatusBadge } from './StatusBadge'
import { useIndicatorAlerts } from './queries'
import { useIndicatorsView } from './view-store'

const SHOWN = 5

/** Inicio: the indicators whose last measurement missed the goal, critical ones first. */
export function HomeIndicatorsCard() {
  const query = useIndicatorAlerts()
  const open = useIndicatorsView((s) => s.open)
  const [, navigate] = useLocation()
  const alerts = query.data ?? []
  const critical = alerts.filter((a) => a.status === 'critico').length
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Indicadores fuera de meta">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Indicadores fuera de meta</Title>
        {critical > 0 && <Badge color="red">{critical} en rojo</Badge>}
      </Group>
      {query.isPending ? (
        <Loader size="sm" aria-label="Cargando indicadores" />
      ) : query.isError ? (
        <ErrorAlert error={query.error} title="No se pudieron cargar los indicadores" onRetry={() => void query.refetch()} />
      ) : alerts.length === 0 ? (
        <Text size="sm" c="dimmed">
          Ningún indicador medido está fuera de su meta.
        </Text>
      ) : (
        <Stack gap="xs">
          {alerts.slice(0, SHOWN).map((a) => (
            <UnstyledButton
              key={a.sheetId}
              onClick={() => {
                open(a.sheetId)
                navigate('/indicadores')
              }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" lineClamp={1}>
                    {a.name}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {formatIndicatorValue(a.value, a.unit)} en {a.periodLabel} · meta {formatIndicatorValue(a.goal, a.unit)} · {a.responsibleName}
                  </Text>
                </Stack>
                <StatusBadge status={a.status} size="xs" />
              </Group>
            </UnstyledButton>
          ))}
          {alerts.length > SHOWN && (
            <Text size="xs" c="dimmed">
              y {alerts.length - SHOWN} más
            </Text>
          )}
        </Stack>
      )}
      <Anchor component={Link} href="/indicadores" size="sm" mt="sm" display="inline-block" onClick={() => open(null)}>
        Ver indicadores
      </Anchor>
    </Paper>
  )
}
