import { Badge } from '@mantine/core'
import { EXPORT_STATE_LABELS, type ExportState } from '../../../../../shared/domain/archive-export'

const COLORS: Record<ExportState, string> = { en_curso: 'blue', terminada: 'green', fallida: 'red', cancelada: 'gray', interrumpida: 'orange' }

export function ExportStateBadge({ state }: { state: ExportState }) {
  return (
    <Badge color={COLORS[state]} variant="light" style={{ minWidth: 'max-content' }}>
      {EXPORT_STATE_LABELS[state]}
    </Badge>
  )
}
