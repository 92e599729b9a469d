import { Anchor, Group, Modal, Stack, Table, Text } from '@mantine/core'
import { Link } from 'wouter'
import { formatDate } from '../../../../shared/dates'
import { formatDateTime24 } from '../../../../shared/domain/press'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { ReadinessBadge } from './ReadinessBadge'
import { useBulletin } from './queries'

/** A bulletin with its piece and every send, as the "Seguimiento de boletines de prensa" format lists them. */
export function BulletinDetailModal({ id, title, onClose }: { id: number; title: string; onClose: () => void }) {
  const bulletin = useBulletin(id)
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <QueryView query={bulletin} loadingLabel="Cargando el boletín">
        {(b) => (
          <Stack>
            <Group justify="space-between" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>{b.pieceTitle}</Text>
                <Text size="sm" c="dimmed">
                  Emitido el {formatDate(b.issuedOn)} · registrado por {b.createdByName} ·{' '}
                  <Anchor component={Link} href={`/piezas/${b.pieceId}`} size="sm">
                    Ver la pieza {b.pieceCode}
                  </Anchor>
                </Text>
              </Stack>
              <ReadinessBadge readiness={b} />
            </Group>
            {b.sends.length === 0 ? (
              <EmptyState title="Aún no se ha enviado">Registre el envío con «Enviar» cuando el boletín salga hacia los medios.</EmptyState>
            ) : (
              <Table aria-label="Envíos del boletín" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Fecha y hora</Table.Th>
                    <Table.Th>Lista</Table.Th>
                    <Table.Th ta="right">Destinatarios</Table.Th>
                    <Table.Th>Envió</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {b.sends.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{formatDateTime24(s.sentAt)}</Table.Td>
                      <Table.Td>{s.listName}</Table.Td>
                      <Table.Td ta="right">{s.recipientCount}</Table.Td>
                      <Table.Td>{s.sentByName}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </QueryView>
    </Modal>
  )
}
