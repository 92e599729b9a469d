import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core'
import type { OutboxItem } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { formatFileSize } from '../pieces/format'
import { OutboxStateBadge } from './OutboxStateBadge'
import { isWaiting } from './queries'

interface Props {
  items: OutboxItem[]
  /** Null when the user may not push or cancel that item (main checks again). */
  onRetry: ((item: OutboxItem) => void) | null
  onCancel: (item: OutboxItem) => ((() => void) | null)
  retryingId: number | null
}

/** Files on their way to a destination: where they go, how it went, and when Pauta tries again. */
export function OutboxTable({ items, onRetry, onCancel, retryingId }: Props) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={1040} maxHeight={640}>
        <Table verticalSpacing="sm" highlightOnHover stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Archivo</Table.Th>
              <Table.Th w={170}>Destino</Table.Th>
              <Table.Th w={190}>Estado</Table.Th>
              <Table.Th w={80} ta="right">
                Intentos
              </Table.Th>
              <Table.Th>Resultado</Table.Th>
              <Table.Th w={190} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {item.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatFileSize(item.size)} · {item.createdByName} · {formatDateTime(item.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>{item.destinationName}</Table.Td>
                <Table.Td>
                  <OutboxStateBadge state={item.state} />
                </Table.Td>
                <Table.Td ta="right">{item.attempts}</Table.Td>
                <Table.Td>
                  <Result item={item} />
                </Table.Td>
                <Table.Td>
                  {isWaiting(item) && <ItemActions item={item} onRetry={onRetry} cancel={onCancel(item)} retrying={retryingId === item.id} />}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}

/** Main's reasons may start in lower case, as they also complete sentences of its own. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function ItemActions({
  item,
  onRetry,
  cancel,
  retrying
}: {
  item: OutboxItem
  onRetry: Props['onRetry']
  cancel: (() => void) | null
  retrying: boolean
}) {
  return (
    <Group gap={6} justify="flex-end" wrap="nowrap">
      {onRetry && (
        <Button size="compact-sm" variant="light" aria-label={`Reintentar ahora «${item.fileName}»`} loading={retrying} onClick={() => onRetry(item)}>
          Reintentar ahora
        </Button>
      )}
      {cancel && (
        <Button size="compact-sm" variant="subtle" color="red" aria-label={`Cancelar el envío de «${item.fileName}»`} onClick={cancel}>
          Cancelar
        </Button>
      )}
    </Group>
  )
}

function Result({ item }: { item: OutboxItem }) {
  if (item.state === 'entregado') {
    return (
      <Stack gap={2}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {item.deliveredPath}
        </Text>
        {item.deliveredAt && (
          <Text size="xs" c="dimmed">
            Entregado el {formatDateTime(item.deliveredAt)}
          </Text>
        )}
      </Stack>
    )
  }
  return (
    <Stack gap={2}>
      {item.lastError && (
        <Text size="sm" c={item.state === 'cancelado' ? 'dimmed' : 'orange.9'}>
          {sentence(item.lastError)}
        </Text>
      )}
      {isWaiting(item) && item.nextAttemptAt && (
        <Text size="xs" c="dimmed">
          Próximo intento: {formatDateTime(item.nextAttemptAt)}
        </Text>
      )}
      {!item.lastError && !item.nextAttemptAt && <Text size="sm" c="dimmed">—</Text>}
    </Stack>
  )
}
