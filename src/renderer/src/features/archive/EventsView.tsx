import { useState } from 'react'
import { Button, Group, Table, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { ArchiveEvent } from '../../../../shared/contract'
import { formatDate } from '../../../../shared/dates'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { EventFormModal } from './EventFormModal'
import { formatNumber } from './format'
import { useArchiveEvents } from './queries'

/** Events and coverages that group the material; `onShow` opens the material of one. */
export function EventsView({ canEdit, onShow }: { canEdit: boolean; onShow: (event: ArchiveEvent) => void }) {
  const events = useArchiveEvents()
  const [editing, setEditing] = useState<ArchiveEvent | 'new' | null>(null)
  return (
    <>
      {canEdit && (
        <Group justify="flex-end" mb="sm">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Nuevo evento
          </Button>
        </Group>
      )}
      <QueryView query={events} loadingLabel="Cargando los eventos">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="Aún no hay eventos">
              Los eventos agrupan el material de un cubrimiento, p. ej. «Rueda de prensa {formatDate('2026-03-12')}». Créelos aquí o al ingestar.
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={700} maxHeight="calc(100vh - 280px)">
              <Table stickyHeader highlightOnHover aria-label="Eventos">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Evento</Table.Th>
                    <Table.Th w={120}>Fecha</Table.Th>
                    <Table.Th>Lugar</Table.Th>
                    <Table.Th w={110} ta="right">
                      Material
                    </Table.Th>
                    <Table.Th w={200} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {e.name}
                        </Text>
                        {e.description && (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {e.description}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{e.date ? formatDate(e.date) : '—'}</Table.Td>
                      <Table.Td>{e.place || '—'}</Table.Td>
                      <Table.Td ta="right">{formatNumber(e.assetCount)}</Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button size="xs" variant="subtle" onClick={() => onShow(e)} disabled={e.assetCount === 0} aria-label={`Ver el material de ${e.name}`}>
                            Ver material
                          </Button>
                          {canEdit && (
                            <Button size="xs" variant="subtle" color="gray" onClick={() => setEditing(e)} aria-label={`Editar ${e.name}`}>
                              Editar
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      {editing !== null && (
        <EventFormModal opened event={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  )
}
