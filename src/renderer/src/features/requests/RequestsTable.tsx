import { Anchor, Paper, Table, Text } from '@mantine/core'
import { Link } from 'wouter'
import type { RequestRow } from '../../../../shared/contract'
import { formatDate } from '../../../../shared/dates'
import { RequestStateBadge } from './RequestStateBadge'

export function RequestsTable({ requests }: { requests: RequestRow[] }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={900} maxHeight="calc(100vh - 250px)">
        <Table stickyHeader highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Código</Table.Th>
              <Table.Th>Dependencia</Table.Th>
              <Table.Th>Tema</Table.Th>
              <Table.Th>Solicitante</Table.Th>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>Fecha deseada</Table.Th>
              <Table.Th w={130}>Estado</Table.Th>
              <Table.Th ta="right">Piezas</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} href={`/solicitudes/${r.id}`} fw={600}>
                    {r.code}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.dependenciaName}</Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={2}>
                    {r.topic}
                  </Text>
                </Table.Td>
                <Table.Td>{r.requesterName}</Table.Td>
                <Table.Td>{r.desiredDate ? formatDate(r.desiredDate) : '—'}</Table.Td>
                <Table.Td>
                  <RequestStateBadge state={r.state} />
                </Table.Td>
                <Table.Td ta="right">{r.pieceCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}
