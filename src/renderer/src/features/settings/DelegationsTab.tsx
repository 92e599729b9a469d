import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { Delegation } from '../../../../shared/contract'
import { formatDate, formatDateTime, isoDateInColombia } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { QueryView } from '../../components/QueryView'
import { EmptyState } from '../../components/EmptyState'
import { ConfirmModal } from './ConfirmModal'
import { DelegationFormModal } from './DelegationFormModal'
import { DELEGATION_STATUS, delegationStatus } from './delegationStatus'

/** The jefe's delegations of the approval: who, when, and whether each is in force. */
export function DelegationsTab() {
  const query = useQuery({ queryKey: ['delegations'], queryFn: () => api.delegations.list() })
  const [creating, setCreating] = useState(false)
  const [revoking, setRevoking] = useState<Delegation | null>(null)
  const today = isoDateInColombia(new Date())
  const revoke = useApiMutation((id: number) => api.delegations.revoke({ id }), {
    invalidates: [['delegations']],
    success: (d) => `Se revocó la delegación de ${d.delegateName}.`,
    onSuccess: () => setRevoking(null)
  })

  return (
    <>
      <Group justify="space-between" mb="md" align="flex-start">
        <Text size="sm" c="dimmed" maw={620}>
          Cuando no esté en la oficina, delegue la aprobación de las piezas a otra persona por un periodo. La delegación se
          puede revocar en cualquier momento.
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          Delegar aprobación
        </Button>
      </Group>
      <QueryView query={query} loadingLabel="Cargando delegaciones">
        {(delegations) =>
          delegations.length === 0 ? (
            <EmptyState title="No ha delegado la aprobación">
              Use «Delegar aprobación» antes de sus vacaciones o comisiones para que las piezas no se detengan.
            </EmptyState>
          ) : (
            <Paper withBorder radius="md">
              <Table.ScrollContainer minWidth={720}>
                <Table verticalSpacing="xs" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Persona delegada</Table.Th>
                      <Table.Th>Desde</Table.Th>
                      <Table.Th>Hasta</Table.Th>
                      <Table.Th>Nota</Table.Th>
                      <Table.Th w={130}>Estado</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {delegations.map((d) => {
                      const status = delegationStatus(d, today)
                      return (
                        <Table.Tr key={d.id}>
                          <Table.Td fw={500}>{d.delegateName}</Table.Td>
                          <Table.Td>{formatDate(d.startsOn)}</Table.Td>
                          <Table.Td>{formatDate(d.endsOn)}</Table.Td>
                          <Table.Td>{d.note || '—'}</Table.Td>
                          <Table.Td>
                            <Badge variant="light" radius="sm" color={DELEGATION_STATUS[status].color} title={d.revokedAt ? `Revocada el ${formatDateTime(d.revokedAt)}` : undefined}>
                              {DELEGATION_STATUS[status].label}
                            </Badge>
                          </Table.Td>
                          <Table.Td ta="right">
                            {(status === 'vigente' || status === 'programada') && (
                              <Button size="compact-sm" variant="subtle" color="red" aria-label={`Revocar la delegación de ${d.delegateName} (${formatDate(d.startsOn)} – ${formatDate(d.endsOn)})`} onClick={() => setRevoking(d)}>
                                Revocar
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      )
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )
        }
      </QueryView>
      <DelegationFormModal opened={creating} onClose={() => setCreating(false)} today={today} />
      <ConfirmModal
        opened={revoking !== null}
        title="Revocar delegación"
        confirmLabel="Revocar delegación"
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        onClose={() => setRevoking(null)}
      >
        {revoking && `${revoking.delegateName} dejará de aprobar piezas desde ahora (delegación del ${formatDate(revoking.startsOn)} al ${formatDate(revoking.endsOn)}).`}
      </ConfirmModal>
    </>
  )
}
