import { Badge, Group, Text } from '@mantine/core'
import { formatDate } from '../../../../shared/dates'

/** A due date, marked when it passed and the piece is still open. */
export function DueDate({ date, overdue, size = 'sm' }: { date: string; overdue: boolean; size?: 'xs' | 'sm' }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size={size} c={overdue ? 'red.8' : undefined} fw={overdue ? 600 : undefined}>
        {formatDate(date)}
      </Text>
      {overdue && (
        <Badge color="red" size="xs" variant="filled" radius="sm">
          Vencida
        </Badge>
      )}
    </Group>
  )
}
