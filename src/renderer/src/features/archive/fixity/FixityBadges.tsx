import { Badge } from '@mantine/core'
import { FIXITY_RESULT_LABELS, FIXITY_RUN_STATE_LABELS, type FixityResult, type FixityRunState } from '../../../../../shared/contract/fixity'

const STATE_COLORS: Record<FixityRunState, string> = { en_curso: 'blue', terminada: 'green', cancelada: 'gray' }
const RESULT_COLORS: Record<FixityResult, string> = { ok: 'green', cambiado: 'orange', faltante: 'red' }

export function FixityRunStateBadge({ state }: { state: FixityRunState }) {
  return (
    <Badge color={STATE_COLORS[state]} variant="light" style={{ minWidth: 'max-content' }}>
      {FIXITY_RUN_STATE_LABELS[state]}
    </Badge>
  )
}

export function FixityResultBadge({ result }: { result: FixityResult }) {
  return (
    <Badge color={RESULT_COLORS[result]} variant="light" style={{ minWidth: 'max-content' }}>
      {FIXITY_RESULT_LABELS[result]}
    </Badge>
  )
}
