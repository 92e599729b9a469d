import { Badge } from '@mantine/core'
import { OUTBOX_STATE_LABELS, type OutboxState } from '../../../../shared/domain/reports'

const COLORS: Record<OutboxState, string> = {
  pendiente: 'blue',
  fallido: 'orange',
  entregado: 'green',
  cancelado: 'gray'
}

export function OutboxStateBadge({ state }: { state: OutboxState }) {
  return (
    <Badge color={COLORS[state]} variant="light" radius="sm">
      {OUTBOX_STATE_LABELS[state]}
    </Badge>
  )
}
