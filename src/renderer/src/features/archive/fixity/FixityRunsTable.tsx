import { Button, Progress, Table, Text } from '@mantine/core'
import type { FixityRun } from '../../../../../shared/contract/fixity'
import { formatDateTime } from '../../../../../shared/dates'
import { formatNumber } from '../format'
import { FixityRunStateBadge } from './FixityBadges'

interface Props {
  runs: FixityRun[]
  selected: number | null
  onSelect: (id: number) => void
}

/** Recent verifications, newest first. */
export function FixityRunsTable({ runs, selected, onSelect }: Props) {
  return (
    <Table.ScrollContainer minWidth={860} maxHeight={320}>
      <Table stickyHeader highlightOnHover aria-label="Verificaciones de integridad">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>Inicio</Table.Th>
            <Table.Th w={160}>Fin</Table.Th>
            <Table.Th>Alcance</Table.Th>
            <Table.Th w={110}>Estado</Table.Th>
            <Table.Th w={150}>Avance</Table.Th>
            <Table.Th ta="right">Íntegros</Table.Th>
            <Table.Th ta="right">Cambiados</Table.Th>
            <Table.Th ta="right">Faltantes</Table.Th>
            <Table.Th>Por</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((r) => (
            <Table.Tr key={r.id} bg={r.id === selected ? 'var(--mantine-color-blue-light)' : undefined}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.startedAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.finishedAt ? formatDateTime(r.finishedAt) : '—'}</Table.Td>
              <Table.Td>{r.scope === 'todo' ? 'Todo el archivo' : 'Selección'}</Table.Td>
              <Table.Td>
                <FixityRunStateBadge state={r.state} />
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">{`${formatNumber(r.checked)} de ${formatNumber(r.total)}`}</Text>
                <Progress value={r.total ? (r.checked / r.total) * 100 : 0} size="sm" aria-hidden />
              </Table.Td>
              <Table.Td ta="right">{formatNumber(r.ok)}</Table.Td>
              <Table.Td ta="right" c={r.changed > 0 ? 'orange' : undefined}>
                {formatNumber(r.changed)}
              </Table.Td>
              <Table.Td ta="right" c={r.missing > 0 ? 'red' : undefined}>
                {formatNumber(r.missing)}
              </Table.Td>
              <Table.Td>{r.scheduled ? 'Tarea programada' : r.createdByName}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" onClick={() => onSelect(r.id)} aria-label={`Ver la verificación n.º ${r.id} (${formatDateTime(r.startedAt)})`}>
                  Ver
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
