import { Badge } from '@mantine/core'
import { TONE_COLORS, TONE_LABELS, type Tone } from '../../../../shared/domain/monitoring'

export function ToneBadge({ tone, count }: { tone: Tone; count?: number }) {
  return (
    <Badge color={TONE_COLORS[tone].mantine} variant="light" radius="sm">
      {count === undefined ? TONE_LABELS[tone] : `${TONE_LABELS[tone]}: ${count}`}
    </Badge>
  )
}
