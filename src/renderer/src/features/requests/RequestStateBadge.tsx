import { Badge } from '@mantine/core'
import { REQUEST_STATE_LABELS, type RequestState } from '../../../../shared/domain/requests'

const COLORS: Record<RequestState, string> = {
  recibida: 'blue',
  en_analisis: 'yellow',
  aceptada: 'green',
  rechazada: 'red'
}

export function RequestStateBadge({ state }: { state: RequestState }) {
  return (
    <Badge variant="light" radius="sm" color={COLORS[state]}>
      {REQUEST_STATE_LABELS[state]}
    </Badge>
  )
}
