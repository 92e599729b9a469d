import { Anchor, Paper, Table, Text, Title } from '@mantine/core'
import { Link } from 'wouter'
import type { PieceRow } from '../../../../shared/contract'
import { PIECE_TYPE_LABELS } from '../../../../shared/domain/pieces'
import { formatDate } from '../../../../shared/dates'
import { PieceStateBadge } from '../../components/PieceStateBadge'

/** The pieces created when the request was accepted, each linking to its page. */
export function RequestPieces({ pieces }: { pieces: PieceRow[] }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={4} mb="sm">
        Piezas de esta solicitud
      </Title>
      {pieces.length === 0 ? (
        <Text size="sm" c="dimmed">
          Las piezas se crean al aceptar la solicitud.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Código</Table.Th>
                <Table.Th>Título</Table.Th>
                <Table.Th>Tipo</Table.Th>
                <Table.Th w={190}>Estado</Table.Th>
                <Table.Th>Redactor(a)</Table.Th>
                <Table.Th>Entrega</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pieces.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} href={`/piezas/${p.id}`} fw={600}>
                      {p.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.title}</Table.Td>
                  <Table.Td>{PIECE_TYPE_LABELS[p.type]}</Table.Td>
                  <Table.Td>
                    <PieceStateBadge state={p.state} />
                  </Table.Td>
                  <Table.Td>{p.writerName}</Table.Td>
                  <Table.Td c={p.overdue ? 'red' : undefined} fw={p.overdue ? 600 : undefined}>
                    {formatDate(p.dueDate)}
                    {p.overdue && ' · vencida'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  )
}
