import { useState } from 'react'
import { Anchor, Button, Group, Menu, Table, Text } from '@mantine/core'
import { IconDots } from '@tabler/icons-react'
import { Link } from 'wouter'
import type { CoverageEventDetail, CoverageWithActions } from '../../../../shared/contract/coverage'
import { NEED_LABELS, dateTime24 } from '../../../../shared/domain/coverage'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useCurrentUser } from '../../stores/session'
import { AssignModal } from './AssignModal'
import { CoverageButtons } from './CoverageButtons'
import { CoveragePieceModal } from './CoveragePieceModal'
import { ReasonModal } from './ReasonModal'
import { COVERAGE_WRITES } from './queries'
import { CoverageStateBadge } from './StateBadges'

const PIECE_ROLES = new Set(['jefe', 'profesional', 'community_manager', 'audiovisual'])

/** Who covers each need of the event, with their steps and the office's (reassign, cancel, create the piece). */
export function CoveragesTable({ event }: { event: CoverageEventDetail }) {
  const user = useCurrentUser()
  const [reassigning, setReassigning] = useState<CoverageWithActions | null>(null)
  const [cancelling, setCancelling] = useState<CoverageWithActions | null>(null)
  const [piece, setPiece] = useState<CoverageWithActions | null>(null)
  const cancel = useApiMutation(api.coverage.cancelCoverage, { invalidates: COVERAGE_WRITES, success: 'Se canceló el cubrimiento.', onSuccess: () => setCancelling(null) })
  const canCreatePieces = user !== null && PIECE_ROLES.has(user.role)
  if (event.coverages.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Aún no hay cubrimientos asignados.{event.allowedActions.includes('assign') ? ' Use «Asignar cubrimiento» para cada necesidad: nota, fotografía, video, diseño o redes en vivo.' : ''}
      </Text>
    )
  }
  return (
    <>
      <Table verticalSpacing="xs" aria-label="Cubrimientos del evento">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Necesidad</Table.Th>
            <Table.Th>Responsable</Table.Th>
            <Table.Th w={150}>Entrega</Table.Th>
            <Table.Th w={140}>Estado</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {event.coverages.map((c) => {
            const office = c.allowedActions.filter((a) => a === 'reassign' || a === 'cancel')
            return (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {NEED_LABELS[c.need]}
                  </Text>
                  {c.notes && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                      {c.notes}
                    </Text>
                  )}
                  {c.cancelReason && (
                    <Text size="xs" c="dimmed">
                      {c.cancelReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{c.assigneeName}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {dateTime24(c.dueAt)}
                  </Text>
                  {c.deliveredAt && (
                    <Text size="xs" c={c.deliveredAt > c.dueAt ? 'red' : 'dimmed'}>
                      Entregado {dateTime24(c.deliveredAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <CoverageStateBadge state={c.state} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <CoverageButtons coverage={c} eventTitle={event.title} />
                    {c.pieceId !== null ? (
                      <Anchor component={Link} href={`/piezas/${c.pieceId}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {c.pieceCode}
                      </Anchor>
                    ) : (
                      c.state === 'entregada' &&
                      canCreatePieces && (
                        <Button size="xs" variant="light" aria-label={`Crear pieza de ${NEED_LABELS[c.need].toLocaleLowerCase('es-CO')}`} onClick={() => setPiece(c)}>
                          Crear pieza
                        </Button>
                      )
                    )}
                    {office.length > 0 && (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <Button size="xs" variant="subtle" color="gray" aria-label={`Más acciones de ${NEED_LABELS[c.need].toLocaleLowerCase('es-CO')}`}>
                            <IconDots size={16} />
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {office.includes('reassign') && <Menu.Item onClick={() => setReassigning(c)}>Reasignar</Menu.Item>}
                          {office.includes('cancel') && (
                            <Menu.Item color="red" onClick={() => setCancelling(c)}>
                              Cancelar cubrimiento
                            </Menu.Item>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <AssignModal event={event} coverage={reassigning} opened={reassigning !== null} onClose={() => setReassigning(null)} />
      <ReasonModal
        opened={cancelling !== null}
        title="Cancelar cubrimiento"
        intro={cancelling ? `Se cancelará ${NEED_LABELS[cancelling.need].toLocaleLowerCase('es-CO')} de ${cancelling.assigneeName}. La necesidad queda libre para asignarla de nuevo.` : ''}
        confirmLabel="Cancelar cubrimiento"
        loading={cancel.isPending}
        onClose={() => setCancelling(null)}
        onConfirm={(reason) => cancelling && cancel.mutate({ coverageId: cancelling.id, reason })}
      />
      <CoveragePieceModal event={event} coverage={piece} onClose={() => setPiece(null)} />
    </>
  )
}
