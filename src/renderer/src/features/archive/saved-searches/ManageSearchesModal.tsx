import { useState } from 'react'
import { ActionIcon, Badge, Group, Modal, Table, Text, Tooltip } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import type { SavedSearch } from '../../../../../shared/contract/archive-batch'
import type { ArchiveSort } from '../../../../../shared/domain/archive'
import { formatDate, isoDateInColombia } from '../../../../../shared/dates'
import { api } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'
import type { ArchiveFilterInput } from '../queries'
import { describeSearch } from './describe'
import { SAVED_SEARCH_WRITES } from './queries'
import { SaveSearchModal } from './SaveSearchModal'

interface Props {
  opened: boolean
  onClose: () => void
  mine: SavedSearch[]
  filters: ArchiveFilterInput
  sort: ArchiveSort
}

/** The user's own saved searches: rename, share or delete them. */
export function ManageSearchesModal({ opened, onClose, mine, filters, sort }: Props) {
  const [editing, setEditing] = useState<SavedSearch | null>(null)
  const remove = useApiMutation((s: SavedSearch) => api.archiveBatch.deleteSearch({ id: s.id }), {
    invalidates: SAVED_SEARCH_WRITES,
    success: 'Se eliminó la búsqueda guardada.'
  })
  return (
    <>
      <Modal opened={opened && editing === null} onClose={onClose} title="Mis búsquedas guardadas" size="xl">
        {mine.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aún no tiene búsquedas guardadas. Use «Guardar la búsqueda actual…» en el menú de búsquedas.
          </Text>
        ) : (
          <Table aria-label="Mis búsquedas guardadas" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nombre</Table.Th>
                <Table.Th>Búsqueda</Table.Th>
                <Table.Th w={110}>Actualizada</Table.Th>
                <Table.Th w={90} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mine.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {s.name}
                      </Text>
                      {s.shared && (
                        <Badge size="xs" variant="light">
                          Compartida
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {describeSearch(s.filters, s.sort)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDate(isoDateInColombia(new Date(s.updatedAt)))}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Tooltip label="Editar">
                        <ActionIcon variant="subtle" aria-label={`Editar «${s.name}»`} onClick={() => setEditing(s)}>
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Eliminar">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Eliminar «${s.name}»`}
                          loading={remove.isPending && remove.variables?.id === s.id}
                          onClick={() => remove.mutate(s)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Modal>
      <SaveSearchModal opened={editing !== null} onClose={() => setEditing(null)} filters={filters} sort={sort} editing={editing ?? undefined} />
    </>
  )
}
