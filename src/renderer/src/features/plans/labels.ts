import type { PlanStatus } from '../../../../shared/domain/plans'
import { formatDate } from '../../../../shared/dates'

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  borrador: 'gray',
  vigente: 'green',
  cerrado: 'dark'
}

/** "01/01/2026 – 31/12/2026". */
export const formatVigencia = (p: { startsOn: string; endsOn: string }): string => `${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}`
