import { Badge, Progress, Table, Text, UnstyledButton } from '@mantine/core'
import type { FindingRow } from '../../../../shared/contract/improvement'
import { formatDate } from '../../../../shared/dates'
import { ACTION_TYPE_LABELS, FINDING_SOURCE_LABELS, FINDING_STATE_LABELS } from '../../../../shared/domain/improvement'

export function FindingsTable({ findings, onSelect }: { findings: FindingRow[]; onSelect: (id: number) => void }) {
  return (
    <Table.ScrollContainer minWidth={900} maxHeight={560}>
      <Table stickyHeader highlightOnHover aria-label="Hallazgos del plan de mejoramiento">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>N.º</Table.Th>
            <Table.Th>Hallazgo</Table.Th>
            <Table.Th w={200}>Fuente</Table.Th>
            <Table.Th w={110}>Acción</Table.Th>
            <Table.Th w={150}>Avance</Table.Th>
            <Table.Th w={130}>Próximo vencimiento</Table.Th>
            <Table.Th w={100}>Estado</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td fw={600}>H{f.number}</Table.Td>
              <Table.Td>
                <UnstyledButton onClick={() => onSelect(f.id)} aria-label={`Abrir el hallazgo H${f.number}`}>
                  <Text size="sm" c="indigo.8" fw={500}>
                    {f.description}
                  </Text>
                </UnstyledButton>
                <Text size="xs" c="dimmed">
                  Identificado el {formatDate(f.identifiedOn)} · {f.actionCount} {f.actionCount === 1 ? 'acción' : 'acciones'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{FINDING_SOURCE_LABELS[f.source]}</Text>
                {f.sourceName && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {f.sourceName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{ACTION_TYPE_LABELS[f.actionType]}</Table.Td>
              <Table.Td>
                <Progress value={f.progress} size="sm" aria-label={`Avance de H${f.number}: ${f.progress} %`} color={f.progress === 100 ? 'green' : 'indigo'} />
                <Text size="xs" c="dimmed">
                  {f.progress} %
                </Text>
              </Table.Td>
              <Table.Td>
                {f.nextDueOn ? formatDate(f.nextDueOn) : '—'}
                {f.lateCount > 0 && (
                  <Badge color="red" variant="light" size="sm" display="block" mt={2}>
                    {f.lateCount} {f.lateCount === 1 ? 'vencida' : 'vencidas'}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={f.state === 'abierto' ? 'blue' : 'gray'} variant="light">
                  {FINDING_STATE_LABELS[f.state]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
