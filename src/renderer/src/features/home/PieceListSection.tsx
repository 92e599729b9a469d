import type { ReactNode } from 'react'
import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { Link } from 'wouter'
import type { PieceRow } from '../../../../shared/contract'
import { PieceStateBadge } from '../../components/PieceStateBadge'
import { DueDate } from '../pieces/DueDate'
import classes from './home.module.css'

interface Props {
  title: string
  pieces: PieceRow[]
  empty: string
  /** Shown under the list, e.g. a link to the full view. */
  footer?: ReactNode
  /** Colour of the count when there is something to do. */
  color?: string
  /** Shows the state date ("desde …") instead of the due date. */
  extra?: (piece: PieceRow) => ReactNode
}

/** A card of Inicio: a short list of pieces, each one a link to it. */
export function PieceListSection({ title, pieces, empty, footer, color = 'indigo', extra }: Props) {
  const id = `home-${title.toLowerCase().replace(/\s+/g, '-')}`
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm">
        <Title order={4} id={id}>
          {title}
        </Title>
        <Badge color={pieces.length > 0 ? color : 'gray'} variant={pieces.length > 0 ? 'filled' : 'light'} circle aria-label={`${pieces.length} piezas`}>
          {pieces.length}
        </Badge>
      </Group>
      {pieces.length === 0 ? (
        <Text size="sm" c="dimmed" py="xs">
          {empty}
        </Text>
      ) : (
        <Stack gap={2}>
          {pieces.map((p) => (
            <UnstyledButton key={p.id} component={Link} href={`/piezas/${p.id}`} className={classes.row} aria-label={`${p.code} ${p.title}`}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} lineClamp={2}>
                    {p.title}
                  </Text>
                  <Group gap={6} wrap="nowrap">
                    <Text size="xs" ff="monospace" c="dimmed">
                      {p.code}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      · {p.writerName}
                    </Text>
                  </Group>
                </div>
                <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
                  <PieceStateBadge state={p.state} />
                  {extra ? extra(p) : <DueDate date={p.dueDate} overdue={p.overdue} size="xs" />}
                </Stack>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      )}
      {footer}
    </Paper>
  )
}
