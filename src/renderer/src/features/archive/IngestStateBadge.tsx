import { Badge } from '@mantine/core'
import { INGEST_STATE_LABELS, type IngestState } from '../../../../shared/domain/archive'

const COLORS: Record<IngestState, string> = { en_curso: 'blue', pausada: 'yellow', terminada: 'green', cancelada: 'gray' }

export function IngestStateBadge({ state }: { state: IngestState }) {
  return (
    <Badge color={COLORS[state]} variant="light" style={{ minWidth: 'max-content' }}>
      {INGEST_STATE_LABELS[state]}
    </Badge>
  )
}
