import { Table, Text } from '@mantine/core'
import type { IndicatorSheetDetail } from '../../../../shared/contract/indicators'
import { formatDateTime } from '../../../../shared/dates'
import { formatIndicatorValue } from '../../../../shared/domain/indicators'
import { StatusBadge } from './StatusBadge'

const figure = (n: number | null) => (n === null ? '—' : n.toLocaleString('es-CO', { maximumFractionDigits: 2 }))

/** The sheet's measurements, newest first, with the figures behind each value. */
export function MeasurementsTable({ sheet }: { sheet: IndicatorSheetDetail }) {
  const rows = [...sheet.measurements].reverse()
  return (
    <Table.ScrollContainer minWidth={820} maxHeight={420}>
      <Table stickyHeader aria-label="Mediciones" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>Periodo</Table.Th>
            <Table.Th w={100} ta="right">
              Numerador
            </Table.Th>
            <Table.Th w={110} ta="right">
              Denominador
            </Table.Th>
            <Table.Th w={100} ta="right">
              Resultado
            </Table.Th>
            <Table.Th w={120}>Estado</Table.Th>
            <Table.Th>Análisis</Table.Th>
            <Table.Th w={190}>Registró</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{m.periodLabel}</Table.Td>
              <Table.Td ta="right">{figure(m.numerator)}</Table.Td>
              <Table.Td ta="right">{figure(m.denominator)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatIndicatorValue(m.value, sheet.unit)}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={m.status} size="xs" />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={m.analysis ? undefined : 'dimmed'}>
                  {m.analysis || 'Sin análisis'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.recordedByName}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(m.recordedAt)}
                  {m.origin === 'calculada' ? ' · calculada' : ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
