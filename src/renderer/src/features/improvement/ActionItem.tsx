import { Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core'
import type { ImprovementAction } from '../../../../shared/contract/improvement'
import { daysBetween, formatDate, formatDateTime, isoDateInColombia } from '../../../../shared/dates'
import { dueLabel } from './queries'

interface Props {
  action: ImprovementAction
  canEdit: boolean
  canReport: boolean
  onEdit: () => void
  onReport: () => void
}

/** One action of a finding: who, when, how far, and the evidence of each reported step. */
export function ActionItem({ action, canEdit, canReport, onEdit, onReport }: Props) {
  const daysLeft = daysBetween(isoDateInColombia(new Date()), action.dueOn)
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={`Acción: ${action.description}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {action.description}
            </Text>
            <Text size="xs" c="dimmed">
              {action.responsibleName} · del {formatDate(action.startsOn)} al {formatDate(action.dueOn)}
            </Text>
          </Stack>
          {action.late && (
            <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
              {dueLabel(daysLeft)}
            </Badge>
          )}
          {action.dueSoon && (
            <Badge color="yellow" variant="light" style={{ flexShrink: 0 }}>
              {dueLabel(daysLeft)}
            </Badge>
          )}
          {action.progress === 100 && (
            <Badge color="green" variant="light" style={{ flexShrink: 0 }}>
              Completa
            </Badge>
          )}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Progress value={action.progress} size="lg" style={{ flex: 1 }} color={action.progress === 100 ? 'green' : action.late ? 'red' : 'indigo'} aria-label={`Avance de la acción: ${action.progress} %`} />
          <Text size="sm" fw={600} w={48} ta="right">
            {action.progress} %
          </Text>
        </Group>
        {action.history.length > 0 && (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Avances registrados">
            {action.history.map((h) => (
              <li key={h.id}>
                <Text size="xs">
                  <strong>{h.progress} %</strong> · {h.evidence}
                </Text>
                <Text size="xs" c="dimmed">
                  {h.recordedByName}, {formatDateTime(h.recordedAt)}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {(canEdit || canReport) && (
          <Group gap="xs" justify="flex-end">
            {canEdit && (
              <Button size="xs" variant="default" onClick={onEdit}>
                Editar acción
              </Button>
            )}
            {canReport && (
              <Button size="xs" variant="light" onClick={onReport}>
                Registrar avance
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
