import type { KeyboardEvent, RefObject } from 'react'
import { Badge, Group, Paper, Stack, Text } from '@mantine/core'
import type { PieceRow } from '../../../../shared/contract'
import { REVIEW_STAGE_LABELS } from '../../../../shared/domain/pieces'
import { DueDate } from '../pieces/DueDate'
import { waitingLabel } from '../pieces/format'
import { STAGE_UNDER_REVIEW } from './stage'
import classes from './queue.module.css'

export type QueueItem = PieceRow & { canReview: boolean }

interface Props {
  items: QueueItem[]
  selectedId: number | null
  onSelect: (id: number) => void
  onOpen: () => void
  listRef: RefObject<HTMLDivElement | null>
  now: Date
}

const optionId = (id: number) => `queue-item-${id}`

/** The queue as a listbox: j/k or the arrows move, Enter opens the review of the selected piece. */
export function QueueList({ items, selectedId, onSelect, onOpen, listRef, now }: Props) {
  const index = items.findIndex((i) => i.id === selectedId)
  const move = (delta: number) => {
    const next = items[Math.min(items.length - 1, Math.max(0, index + delta))]
    if (next) {
      onSelect(next.id)
      document.getElementById(optionId(next.id))?.scrollIntoView({ block: 'nearest' })
    }
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const actions: Record<string, () => void> = {
      j: () => move(1),
      ArrowDown: () => move(1),
      k: () => move(-1),
      ArrowUp: () => move(-1),
      Home: () => move(-items.length),
      End: () => move(items.length),
      Enter: onOpen
    }
    const action = !event.ctrlKey && !event.metaKey && !event.altKey ? actions[event.key] : undefined
    if (action) {
      event.preventDefault()
      action()
    }
  }
  return (
    <Paper withBorder radius="md" p={4}>
      <div
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-label="Piezas por aprobar"
        aria-activedescendant={selectedId ? optionId(selectedId) : undefined}
        onKeyDown={onKeyDown}
        className={classes.list}
      >
        {items.map((p) => {
          const stage = STAGE_UNDER_REVIEW[p.state]
          return (
            <div
              key={p.id}
              id={optionId(p.id)}
              role="option"
              aria-selected={p.id === selectedId}
              className={classes.option}
              onClick={() => {
                onSelect(p.id)
                listRef.current?.focus()
              }}
            >
              <Stack gap={2}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="xs" ff="monospace" c="dimmed">
                    {p.code}
                  </Text>
                  {stage && (
                    <Badge size="xs" variant="light" color={stage === 'contenido' ? 'yellow' : 'grape'}>
                      {REVIEW_STAGE_LABELS[stage]}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" fw={600} lineClamp={2}>
                  {p.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {p.writerName} · en espera {waitingLabel(p.stateChangedAt, now)}
                </Text>
                <Group justify="space-between" wrap="nowrap">
                  <DueDate date={p.dueDate} overdue={p.overdue} size="xs" />
                  {!p.canReview && (
                    <Text size="xs" c="dimmed" fs="italic">
                      Otra persona la aprueba
                    </Text>
                  )}
                </Group>
              </Stack>
            </div>
          )
        })}
      </div>
    </Paper>
  )
}
