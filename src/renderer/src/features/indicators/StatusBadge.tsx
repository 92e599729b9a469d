import { Badge } from '@mantine/core'
import { INDICATOR_STATUS_COLORS, INDICATOR_STATUS_LABELS, type IndicatorStatus } from '../../../../shared/domain/indicators'

/** The traffic-light colour of a measurement: verde, amarillo or rojo. */
export function StatusBadge({ status, size = 'sm' }: { status: IndicatorStatus; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge color={INDICATOR_STATUS_COLORS[status]} variant="light" size={size} style={{ flexShrink: 0 }}>
      {INDICATOR_STATUS_LABELS[status]}
    </Badge>
  )
}
