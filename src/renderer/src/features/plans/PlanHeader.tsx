import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconPencil } from '@tabler/icons-react'
import { Link } from 'wouter'
import type { PlanDetail } from '../../../../shared/contract'
import { PLAN_SCOPE_LABELS } from '../../../../shared/domain/plans'
import { PlanStatusBadge } from './PlanStatusBadge'
import { formatVigencia } from './labels'
import { ExportMenu } from '../reports/ExportMenu'

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <Text size="sm">
      <Text span c="dimmed">
        {label}:{' '}
      </Text>
      <Text span fw={500}>
        {value}
      </Text>
    </Text>
  )
}

export function PlanHeader({ plan, onEdit }: { plan: PlanDetail; onEdit: (() => void) | null }) {
  const activityCount = plan.strategies.reduce((n, s) => n + s.activities.length, 0)
  return (
    <Stack gap="sm" mb="lg">
      <Anchor component={Link} href="/plan" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          Plan de Comunicaciones
        </Group>
      </Anchor>
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={6}>
            <Group gap="sm">
              <Title order={2}>{plan.name}</Title>
              <PlanStatusBadge status={plan.status} />
            </Group>
            <Group gap="lg">
              <Meta label="Vigencia" value={formatVigencia(plan)} />
              <Meta label="Alcance" value={PLAN_SCOPE_LABELS[plan.scope]} />
              <Meta label="Estrategias" value={String(plan.strategies.length)} />
              <Meta label="Actividades" value={String(activityCount)} />
            </Group>
            {plan.description && (
              <Text size="sm" c="dimmed" maw={860} style={{ whiteSpace: 'pre-line' }}>
                {plan.description}
              </Text>
            )}
          </Stack>
          <Group gap="sm" wrap="nowrap">
            <ExportMenu request={{ list: 'actividades', filters: { planId: plan.id } }} />
            {onEdit && (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>
                Editar plan
              </Button>
            )}
          </Group>
        </Group>
      </Paper>
    </Stack>
  )
}
