import { Badge, Group, Table, Text, UnstyledButton } from '@mantine/core'
import type { IndicatorSheetRow } from '../../../../shared/contract/indicators'
import {
  INDICATOR_FREQUENCY_LABELS,
  INDICATOR_TYPE_LABELS,
  formatIndicatorValue,
  isComputedSource
} from '../../../../shared/domain/indicators'
import { StatusBadge } from './StatusBadge'

/** Every sheet with its goal and its last measurement; a click opens the sheet. */
export function SheetsTable({ rows, onOpen }: { rows: IndicatorSheetRow[]; onOpen: (id: number) => void }) {
  return (
    <Table.ScrollContainer minWidth={900} maxHeight="calc(100vh - 220px)">
      <Table stickyHeader highlightOnHover aria-label="Indicadores del proceso" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Indicador</Table.Th>
            <Table.Th w={110}>Tipo</Table.Th>
            <Table.Th w={110}>Frecuencia</Table.Th>
            <Table.Th w={180}>Responsable</Table.Th>
            <Table.Th w={100} ta="right" style={{ whiteSpace: 'nowrap' }}>
              Meta
            </Table.Th>
            <Table.Th w={200}>Última medición</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} style={{ cursor: 'pointer', opacity: r.active ? 1 : 0.6 }} onClick={() => onOpen(r.id)}>
              <Table.Td>
                <UnstyledButton onClick={() => onOpen(r.id)} aria-label={`Abrir ${r.name}`}>
                  <Text size="sm" fw={600}>
                    {r.name}
                  </Text>
                </UnstyledButton>
                <Group gap={6} mt={2}>
                  {isComputedSource(r.source) && (
                    <Badge size="xs" variant="dot" color="indigo">
                      Calculado por Pauta
                    </Badge>
                  )}
                  {!r.active && (
                    <Badge size="xs" color="gray" variant="light">
                      Inactivo
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{INDICATOR_TYPE_LABELS[r.type]}</Table.Td>
              <Table.Td>{INDICATOR_FREQUENCY_LABELS[r.frequency]}</Table.Td>
              <Table.Td>{r.responsibleName}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {r.direction === 'mayor' ? '≥ ' : '≤ '}
                {formatIndicatorValue(r.goal, r.unit)}
              </Table.Td>
              <Table.Td>
                {r.last ? (
                  <>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {formatIndicatorValue(r.last.value, r.unit)}
                      </Text>
                      <StatusBadge status={r.last.status} size="xs" />
                    </Group>
                    <Text size="xs" c="dimmed">
                      {r.last.periodLabel}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    Sin mediciones
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
