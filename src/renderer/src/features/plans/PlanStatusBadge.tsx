import { Badge } from '@mantine/core'
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../../../shared/domain/plans'
import { PLAN_STATUS_COLORS } from './labels'

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return (
    <Badge variant="light" radius="sm" color={PLAN_STATUS_COLORS[status]}>
      {PLAN_STATUS_LABELS[status]}
    </Badge>
  )
}
