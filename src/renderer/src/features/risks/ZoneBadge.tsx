import { Badge, type BadgeProps } from '@mantine/core'
import { IMPACT_LABELS, PROBABILITY_LABELS, RISK_ZONE_COLORS, RISK_ZONE_LABELS, type Level, type RiskZone } from '../../../../shared/domain/risks'

/** A zone of the heat map, optionally with the probability and impact that place it. */
export function ZoneBadge({ zone, probability, impact, ...rest }: { zone: RiskZone; probability?: Level; impact?: Level } & BadgeProps) {
  const where = probability && impact ? ` · P${probability} × I${impact}` : ''
  const title = probability && impact ? `Probabilidad ${PROBABILITY_LABELS[probability].toLowerCase()}, impacto ${IMPACT_LABELS[impact].toLowerCase()}` : undefined
  return (
    <Badge color={RISK_ZONE_COLORS[zone]} variant="light" title={title} {...rest}>
      {RISK_ZONE_LABELS[zone]}
      {where}
    </Badge>
  )
}
