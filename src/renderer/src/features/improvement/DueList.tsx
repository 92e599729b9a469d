import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core'
import type { ActionAlert } from '../../../../shared/contract/improvement'
import { formatDate } from '../../../../shared/dates'
import { dueLabel } from './queries'

/** Actions that need attention, each opening its finding. */
export function DueList({ alerts, onOpen }: { alerts: ActionAlert[]; onOpen: (findingId: number) => void }) {
  return (
    <Stack gap={6}>
      {alerts.map((a) => (
        <UnstyledButton key={a.actionId} onClick={() => onOpen(a.findingId)} aria-label={`Abrir el hallazgo H${a.findingNumber}: ${a.description}`}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>
                H{a.findingNumber} · {a.description}
              </Text>
              <Text size="xs" c="dimmed">
                {a.responsibleName} · {a.progress} % · {formatDate(a.dueOn)}
              </Text>
            </Stack>
            <Badge color={a.daysLeft < 0 ? 'red' : 'yellow'} variant="light" style={{ flexShrink: 0 }}>
              {dueLabel(a.daysLeft)}
            </Badge>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  )
}
