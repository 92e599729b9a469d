import { useState } from 'react'
import { ActionIcon, Badge, Button, Group, Paper, Table, Text, Tooltip } from '@mantine/core'
import { IconKey, IconPencil, IconPlus, IconUserCheck, IconUserOff } from '@tabler/icons-react'
import type { UserRow } from '../../../../shared/contract'
import { ROLE_LABELS } from '../../../../shared/domain/roles'
import { formatDate } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useUsers } from '../../lib/queries'
import { QueryView } from '../../components/QueryView'
import { EmptyState } from '../../components/EmptyState'
import { useCurrentUser } from '../../stores/session'
import { ConfirmModal } from './ConfirmModal'
import { ResetPasswordModal } from './ResetPasswordModal'
import { UserFormModal } from './UserFormModal'

type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; user: UserRow }

/** The office's accounts; jefe and administrador create, edit, (de)activate and reset passwords. */
export function UsersTab({ canEdit }: { canEdit: boolean }) {
  const query = useUsers()
  const me = useCurrentUser()
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' })
  const [resetting, setResetting] = useState<UserRow | null>(null)
  const [deactivating, setDeactivating] = useState<UserRow | null>(null)
  const setActive = useApiMutation(
    ({ user, active }: { user: UserRow; active: boolean }) =>
      api.users.update({ id: user.id, fullName: user.fullName, role: user.role, email: user.email, active }),
    {
      invalidates: [['users']],
      success: (u) => (u.active ? `Se activó la cuenta de ${u.fullName}.` : `Se desactivó la cuenta de ${u.fullName}.`),
      onSuccess: () => setDeactivating(null)
    }
  )

  return (
    <>
      {canEdit && (
        <Group justify="flex-end" mb="md">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'create' })}>
            Nuevo usuario
          </Button>
        </Group>
      )}
      <QueryView query={query} loadingLabel="Cargando usuarios">
        {(users) =>
          users.length === 0 ? (
            <EmptyState title="Aún no hay usuarios" />
          ) : (
            <Paper withBorder radius="md">
              <Table.ScrollContainer minWidth={760}>
                <Table striped highlightOnHover verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Nombre</Table.Th>
                      <Table.Th>Usuario</Table.Th>
                      <Table.Th>Rol</Table.Th>
                      <Table.Th>Correo electrónico</Table.Th>
                      <Table.Th w={110}>Estado</Table.Th>
                      <Table.Th>Creado</Table.Th>
                      {canEdit && <Table.Th w={130}>Acciones</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {users.map((u) => (
                      <Table.Tr key={u.id} c={u.active ? undefined : 'dimmed'}>
                        <Table.Td fw={500}>{u.fullName}</Table.Td>
                        <Table.Td>{u.username}</Table.Td>
                        <Table.Td>{ROLE_LABELS[u.role]}</Table.Td>
                        <Table.Td>{u.email || '—'}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={u.active ? 'green' : 'gray'} radius="sm">
                            {u.active ? 'Activo' : 'Inactivo'}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{formatDate(u.createdAt)}</Table.Td>
                        {canEdit && (
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <Tooltip label="Editar">
                                <ActionIcon variant="subtle" aria-label={`Editar a ${u.fullName}`} onClick={() => setEditing({ mode: 'edit', user: u })}>
                                  <IconPencil size={16} />
                                </ActionIcon>
                              </Tooltip>
                              <Tooltip label="Restablecer contraseña">
                                <ActionIcon variant="subtle" aria-label={`Restablecer la contraseña de ${u.fullName}`} onClick={() => setResetting(u)}>
                                  <IconKey size={16} />
                                </ActionIcon>
                              </Tooltip>
                              {u.active ? (
                                <Tooltip label={u.id === me?.id ? 'No puede desactivar su propia cuenta' : 'Desactivar'}>
                                  <ActionIcon
                                    variant="subtle"
                                    color="red"
                                    aria-label={`Desactivar a ${u.fullName}`}
                                    disabled={u.id === me?.id}
                                    onClick={() => setDeactivating(u)}
                                  >
                                    <IconUserOff size={16} />
                                  </ActionIcon>
                                </Tooltip>
                              ) : (
                                <Tooltip label="Activar">
                                  <ActionIcon
                                    variant="subtle"
                                    color="green"
                                    aria-label={`Activar a ${u.fullName}`}
                                    loading={setActive.isPending && setActive.variables.user.id === u.id}
                                    onClick={() => setActive.mutate({ user: u, active: true })}
                                  >
                                    <IconUserCheck size={16} />
                                  </ActionIcon>
                                </Tooltip>
                              )}
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )
        }
      </QueryView>
      {!canEdit && (
        <Text size="sm" c="dimmed" mt="sm">
          Solo el jefe de la oficina o un administrador crean y modifican cuentas.
        </Text>
      )}
      <UserFormModal
        opened={editing.mode !== 'closed'}
        user={editing.mode === 'edit' ? editing.user : null}
        onClose={() => setEditing({ mode: 'closed' })}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <ConfirmModal
        opened={deactivating !== null}
        title="Desactivar cuenta"
        confirmLabel="Desactivar cuenta"
        loading={setActive.isPending}
        onConfirm={() => deactivating && setActive.mutate({ user: deactivating, active: false })}
        onClose={() => setDeactivating(null)}
      >
        {deactivating?.fullName} ya no podrá ingresar a Pauta. Sus piezas, revisiones y el historial se conservan, y puede volver
        a activar la cuenta cuando lo necesite.
      </ConfirmModal>
    </>
  )
}
