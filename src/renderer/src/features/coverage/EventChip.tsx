import { Text, UnstyledButton, VisuallyHidden } from '@mantine/core'
import type { CoverageEventRow } from '../../../../shared/contract/coverage'
import { EVENT_STATE_COLORS, EVENT_STATE_LABELS, NEED_LABELS, timeInColombia } from '../../../../shared/domain/coverage'
import classes from './calendar.module.css'

/** An event in a calendar cell: time, title and who covers it; opens the event. */
export function EventChip({ event, onOpen, compact = false }: { event: CoverageEventRow; onOpen: (id: number) => void; compact?: boolean }) {
  const live = event.coverages.filter((c) => c.state !== 'cancelada')
  const people = [...new Set(live.map((c) => c.assigneeName.split(' ')[0]))]
  const cancelled = event.state === 'cancelado'
  return (
    <UnstyledButton
      className={`${classes.chip} ${cancelled ? classes.cancelled : ''}`}
      style={{ borderLeftColor: `var(--mantine-color-${EVENT_STATE_COLORS[event.state]}-6)` }}
      onClick={() => onOpen(event.id)}
      title={`${event.title} · ${EVENT_STATE_LABELS[event.state]}${live.length ? ` · ${live.map((c) => `${NEED_LABELS[c.need]}: ${c.assigneeName}`).join(', ')}` : ''}`}
    >
      <Text size="xs" c="dimmed" lh={1.3}>
        {timeInColombia(event.startsAt)}–{timeInColombia(event.endsAt)}
        {/* The colour on the left says the state at a glance; screen readers hear it. */}
        <VisuallyHidden> · {EVENT_STATE_LABELS[event.state]}</VisuallyHidden>
      </Text>
      <div className={classes.chipTitle}>{event.title}</div>
      {!compact && people.length > 0 && (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {people.join(', ')}
        </Text>
      )}
    </UnstyledButton>
  )
}
