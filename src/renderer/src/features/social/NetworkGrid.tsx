import { memo } from 'react'
import { Badge, NumberInput, Stack, Table, Text, Tooltip } from '@mantine/core'
import type { SocialStatRow } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { SOCIAL_METRICS, SOCIAL_METRIC_LABELS, SOCIAL_NETWORK_LABELS, type SocialMetric, type SocialNetwork } from '../../../../shared/domain/reports'
import { formatMonth, shortMonth } from '../reports/months'
import { ChangeLabel } from './ChangeLabel'
import { monthOnMonth, previousMonth, rowKey, type CellRowKey, type MetricValues } from './grid-state'

interface Props {
  network: SocialNetwork
  months: string[]
  /** Last month that may hold figures (the current one); later ones are read-only. */
  lastOpenMonth: string
  valuesOf: (key: CellRowKey) => MetricValues
  savedOf: (key: CellRowKey) => SocialStatRow | undefined
  dirty: ReadonlySet<CellRowKey>
  errors: Record<string, string>
  readOnly: boolean
  onChange: (key: CellRowKey, metric: SocialMetric, value: number | null) => void
}

/** One network's year: a row per month, a column per metric, with the change against the month before. */
export const NetworkGrid = memo(function NetworkGrid({ network, months, lastOpenMonth, valuesOf, savedOf, dirty, errors, readOnly, onChange }: Props) {
  const networkName = SOCIAL_NETWORK_LABELS[network]
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing={4} horizontalSpacing={6} stickyHeader layout="fixed" aria-label={`Estadísticas de ${networkName}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64} fz="xs" style={{ verticalAlign: 'bottom' }}>
              Mes
            </Table.Th>
            {SOCIAL_METRICS.map((m) => (
              <Table.Th key={m} fz="xs" style={{ verticalAlign: 'bottom' }}>
                {SOCIAL_METRIC_LABELS[m]}
              </Table.Th>
            ))}
            <Table.Th w={92} fz="xs" style={{ verticalAlign: 'bottom' }}>
              Origen
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((month) => {
            const key = rowKey(network, month)
            const values = valuesOf(key)
            const before = valuesOf(rowKey(network, previousMonth(month)))
            const saved = savedOf(key)
            const future = month > lastOpenMonth
            return (
              <Table.Tr key={month} bg={dirty.has(key) ? 'yellow.0' : undefined}>
                <Table.Td>
                  <Text size="sm" fw={500} tt="capitalize" mt={5}>
                    {shortMonth(month)}
                  </Text>
                </Table.Td>
                {SOCIAL_METRICS.map((metric) => (
                  <Table.Td key={metric} style={{ verticalAlign: 'top' }}>
                    <Stack gap={2}>
                      <NumberInput
                        size="xs"
                        aria-label={`${SOCIAL_METRIC_LABELS[metric]} de ${networkName} en ${formatMonth(month)}`}
                        value={values[metric] ?? ''}
                        onChange={(v) => onChange(key, metric, typeof v === 'number' ? v : v === '' ? null : Number(v))}
                        thousandSeparator="."
                        decimalSeparator=","
                        allowDecimal={false}
                        allowNegative={false}
                        hideControls
                        readOnly={readOnly}
                        disabled={future}
                        error={errors[`${key}|${metric}`]}
                      />
                      <ChangeLabel change={future ? null : monthOnMonth(values[metric], before[metric])} />
                    </Stack>
                  </Table.Td>
                ))}
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {saved && (
                    <Tooltip label={`${saved.updatedByName}, ${formatDateTime(saved.updatedAt)}`}>
                      <Badge size="sm" variant="light" radius="sm" color={saved.source === 'importado' ? 'violet' : 'gray'} mt={4}>
                        {saved.source === 'importado' ? 'Importado' : 'Manual'}
                      </Badge>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
})
