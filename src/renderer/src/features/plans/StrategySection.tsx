import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPencil, IconPlus } from '@tabler/icons-react'
import type { PlanActivity, PlanStrategy } from '../../../../shared/contract'
import { STRATEGY_KIND_LABELS } from '../../../../shared/domain/plans'
import { ActivitiesTable } from './ActivitiesTable'

interface Props {
  strategy: PlanStrategy
  /** Null when the user may not change the plan (role or closed plan). */
  actions: { edit: () => void; addActivity: () => void; editActivity: (a: PlanActivity) => void } | null
}

export function StrategySection({ strategy, actions }: Props) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={`Estrategia ${strategy.name}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="light" radius="sm">
              {STRATEGY_KIND_LABELS[strategy.kind]}
            </Badge>
            <Title order={4}>{strategy.name}</Title>
          </Group>
          {strategy.objective && (
            <Text size="sm" c="dimmed" maw={820}>
              <Text span fw={600} c="dark.4">
                Objetivo:{' '}
              </Text>
              {strategy.objective}
            </Text>
          )}
        </Stack>
        {actions && (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} aria-label={`Editar la estrategia ${strategy.name}`} onClick={actions.edit}>
              Editar
            </Button>
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} aria-label={`Nueva actividad en ${strategy.name}`} onClick={actions.addActivity}>
              Nueva actividad
            </Button>
          </Group>
        )}
      </Group>
      {strategy.activities.length === 0 ? (
        <Text size="sm" c="dimmed">
          Esta estrategia aún no tiene actividades.{actions && ' Agréguelas con «Nueva actividad».'}
        </Text>
      ) : (
        <ActivitiesTable activities={strategy.activities} onEdit={actions?.editActivity ?? null} />
      )}
    </Paper>
  )
}
