import { Table, Text, UnstyledButton } from '@mantine/core'
import type { RiskRow } from '../../../../shared/contract/risks'
import { formatDate } from '../../../../shared/dates'
import { RISK_TYPE_LABELS, TREATMENT_LABELS } from '../../../../shared/domain/risks'
import { ZoneBadge } from './ZoneBadge'

/** The matrix as a list: each risk with its inherent and residual zones. */
export function RisksTable({ risks, onSelect }: { risks: RiskRow[]; onSelect: (id: number) => void }) {
  return (
    <Table.ScrollContainer minWidth={980} maxHeight={520}>
      <Table stickyHeader highlightOnHover aria-label="Riesgos del proceso">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>N.º</Table.Th>
            <Table.Th>Riesgo</Table.Th>
            <Table.Th w={170}>Tipo y tratamiento</Table.Th>
            <Table.Th w={170}>Inherente</Table.Th>
            <Table.Th w={80} ta="right">
              Controles
            </Table.Th>
            <Table.Th w={170}>Residual</Table.Th>
            <Table.Th w={120}>Último seguimiento</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {risks.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td fw={600}>R{r.number}</Table.Td>
              <Table.Td>
                <UnstyledButton onClick={() => onSelect(r.id)} aria-label={`Abrir el riesgo R${r.number}`}>
                  <Text size="sm" c="indigo.8" fw={500}>
                    {r.description}
                  </Text>
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{RISK_TYPE_LABELS[r.type]}</Text>
                <Text size="xs" c="dimmed">
                  Tratamiento: {TREATMENT_LABELS[r.treatment].toLowerCase()}
                </Text>
              </Table.Td>
              <Table.Td>
                <ZoneBadge zone={r.zone} probability={r.probability} impact={r.impact} />
              </Table.Td>
              <Table.Td ta="right">{r.controlCount}</Table.Td>
              <Table.Td>
                <ZoneBadge zone={r.residualZone} probability={r.residualProbability} impact={r.residualImpact} />
              </Table.Td>
              <Table.Td>{r.lastFollowUpOn ? formatDate(r.lastFollowUpOn) : <Text size="sm" c="dimmed">Sin seguimientos</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
