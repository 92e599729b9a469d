import { Badge } from '@mantine/core'
import {
  COVERAGE_STATE_COLORS,
  COVERAGE_STATE_LABELS,
  EVENT_STATE_COLORS,
  EVENT_STATE_LABELS,
  type CoverageState,
  type EventState
} from '../../../../shared/domain/coverage'

export function EventStateBadge({ state }: { state: EventState }) {
  return (
    <Badge variant="light" radius="sm" color={EVENT_STATE_COLORS[state]}>
      {EVENT_STATE_LABELS[state]}
    </Badge>
  )
}

export function CoverageStateBadge({ state }: { state: CoverageState }) {
  return (
    <Badge variant="dot" radius="sm" color={COVERAGE_STATE_COLORS[state]}>
      {COVERAGE_STATE_LABELS[state]}
    </Badge>
  )
}
