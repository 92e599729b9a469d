import type { MouseEvent } from 'react'
import { Anchor, Table, Text } from '@mantine/core'
import { Link, useLocation } from 'wouter'
import type { PieceRow } from '../../../../shared/contract'
import { PIECE_TYPE_LABELS } from '../../../../shared/domain/pieces'
import { PieceStateBadge } from '../../components/PieceStateBadge'
import { DueDate } from './DueDate'

export function PiecesTable({ pieces }: { pieces: PieceRow[] }) {
  const [, navigate] = useLocation()
  return (
    <Table.ScrollContainer minWidth={1040} maxHeight="calc(100vh - 260px)">
      <Table stickyHeader highlightOnHover verticalSpacing="xs" aria-label="Piezas">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Código y título</Table.Th>
            <Table.Th>Tipo</Table.Th>
            <Table.Th>Estado</Table.Th>
            <Table.Th>Redactor(a)</Table.Th>
            <Table.Th>Diseñador(a)</Table.Th>
            <Table.Th>Entrega</Table.Th>
            <Table.Th>Actividad</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pieces.map((p) => (
            <Table.Tr key={p.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/piezas/${p.id}`)}>
              <Table.Td miw={220}>
                <Text size="xs" ff="monospace" c="dimmed">
                  {p.code}
                </Text>
                <Anchor component={Link} href={`/piezas/${p.id}`} size="sm" fw={500} lineClamp={2} onClick={(e: MouseEvent) => e.stopPropagation()}>
                  {p.title}
                </Anchor>
              </Table.Td>
              <Table.Td miw={110}>
                <Text size="sm">{PIECE_TYPE_LABELS[p.type]}</Text>
              </Table.Td>
              {/* Wide enough for the longest state label, so no badge is cut. */}
              <Table.Td style={{ whiteSpace: 'nowrap', minWidth: 160 }}>
                <PieceStateBadge state={p.state} />
              </Table.Td>
              <Table.Td miw={130}>
                <Text size="sm">{p.writerName}</Text>
              </Table.Td>
              <Table.Td miw={130}>
                <Text size="sm" c={p.designerName ? undefined : 'dimmed'}>
                  {p.designerName ?? (p.requiresDesign ? 'Sin asignar' : 'No aplica')}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DueDate date={p.dueDate} overdue={p.overdue} />
              </Table.Td>
              <Table.Td miw={160} maw={260}>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {p.activityLabel}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
