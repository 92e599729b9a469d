import { Anchor, Paper, Table, Text } from '@mantine/core'
import { Link } from 'wouter'
import type { PlanSummary } from '../../../../shared/contract'
import { PLAN_SCOPE_LABELS } from '../../../../shared/domain/plans'
import { PlanStatusBadge } from './PlanStatusBadge'
import { formatVigencia } from './labels'

export function PlansTable({ plans }: { plans: PlanSummary[] }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Plan</Table.Th>
              <Table.Th>Vigencia</Table.Th>
              <Table.Th>Alcance</Table.Th>
              <Table.Th w={140}>Estado</Table.Th>
              <Table.Th ta="right">Estrategias</Table.Th>
              <Table.Th ta="right">Actividades</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/plan/${p.id}`} fw={600}>
                    {p.name}
                  </Anchor>
                  {p.description && (
                    <Text size="xs" c="dimmed" lineClamp={1} maw={420}>
                      {p.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatVigencia(p)}</Table.Td>
                <Table.Td>{PLAN_SCOPE_LABELS[p.scope]}</Table.Td>
                <Table.Td>
                  <PlanStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td ta="right">{p.strategyCount}</Table.Td>
                <Table.Td ta="right">{p.activityCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}
