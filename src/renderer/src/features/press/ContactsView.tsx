import { useState } from 'react'
import { Badge, Button, Group, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconPlus, IconSearch } from '@tabler/icons-react'
import type { MediaContact } from '../../../../shared/contract/press'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { ContactFormModal } from './ContactFormModal'
import { ListsSection } from './ListsSection'
import { useContacts, useDistributionLists } from './queries'

/** The media directory (search, new and edit) above the distribution lists. */
export function ContactsView({ canManage }: { canManage: boolean }) {
  const [text, setText] = useState('')
  const [search] = useDebouncedValue(text.trim(), 250)
  const [withInactive, setWithInactive] = useState(false)
  const contacts = useContacts(search, withInactive)
  const lists = useDistributionLists()
  const listName = new Map((lists.data ?? []).map((l) => [l.id, l.name]))
  const [editing, setEditing] = useState<MediaContact | 'new' | null>(null)

  return (
    <Stack gap="xl">
      <section aria-labelledby="press-contacts-title">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4" id="press-contacts-title">
            Directorio de medios
          </Title>
          {canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              Nuevo contacto
            </Button>
          )}
        </Group>
        <Group align="flex-end" mb="sm">
          <TextInput
            label="Buscar contactos"
            placeholder="Nombre, medio, sección o correo"
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            w={360}
          />
          <Switch label="Mostrar inactivos" checked={withInactive} onChange={(e) => setWithInactive(e.currentTarget.checked)} mb={8} />
        </Group>
        <QueryView query={contacts} loadingLabel="Cargando el directorio">
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState title={search ? 'Ningún contacto coincide' : 'El directorio de medios está vacío'}>
                {search ? 'Pruebe con otro nombre o medio.' : canManage ? 'Registre a los periodistas con «Nuevo contacto».' : 'Aquí aparecen los periodistas con los que trabaja la oficina.'}
              </EmptyState>
            ) : (
              <Table.ScrollContainer minWidth={960} maxHeight="50vh">
                <Table stickyHeader highlightOnHover aria-label="Directorio de medios">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Periodista</Table.Th>
                      <Table.Th>Medio</Table.Th>
                      <Table.Th w={130}>Teléfono</Table.Th>
                      <Table.Th w={130}>WhatsApp</Table.Th>
                      <Table.Th>Correo</Table.Th>
                      <Table.Th>Listas</Table.Th>
                      {canManage && <Table.Th w={80} />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Group gap="xs">
                            <Text size="sm" fw={500}>
                              {c.fullName}
                            </Text>
                            {!c.active && (
                              <Badge size="xs" color="gray" variant="light">
                                Inactivo
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{c.medium}</Text>
                          {c.section && (
                            <Text size="xs" c="dimmed">
                              {c.section}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{c.phone}</Table.Td>
                        <Table.Td>{c.whatsapp}</Table.Td>
                        <Table.Td>{c.email}</Table.Td>
                        <Table.Td>
                          <Text size="xs">{c.listIds.map((id) => listName.get(id) ?? '').filter(Boolean).join(', ')}</Text>
                        </Table.Td>
                        {canManage && (
                          <Table.Td ta="right">
                            <Button size="xs" variant="subtle" color="gray" onClick={() => setEditing(c)} aria-label={`Editar a ${c.fullName}`}>
                              Editar
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryView>
      </section>
      <ListsSection canManage={canManage} />
      {editing !== null && <ContactFormModal contact={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  )
}
