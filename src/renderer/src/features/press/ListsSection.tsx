import { useState } from 'react'
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconFileExport, IconPlus } from '@tabler/icons-react'
import type { DistributionList } from '../../../../shared/contract/press'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { ListFormModal } from './ListFormModal'
import { useContacts, useDistributionLists } from './queries'

/** The distribution lists, each with its members' count, edition and CSV export for the mail program. */
export function ListsSection({ canManage }: { canManage: boolean }) {
  const lists = useDistributionLists()
  const contacts = useContacts('', true)
  const [editing, setEditing] = useState<DistributionList | 'new' | null>(null)
  const exportList = useApiMutation(api.press.exportList, {
    invalidates: [],
    success: (r) => (r.path ? `Se guardó la lista en ${r.path}.` : null)
  })

  return (
    <section aria-labelledby="press-lists-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="press-lists-title">
          Listas de distribución
        </Title>
        {canManage && (
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Nueva lista
          </Button>
        )}
      </Group>
      <QueryView query={lists} loadingLabel="Cargando las listas">
        {(all) =>
          all.length === 0 ? (
            <EmptyState title="Aún no hay listas de distribución">
              {canManage ? 'Agrupe a los periodistas con «Nueva lista», p. ej. «Medios regionales» y «Medios nacionales».' : 'Aquí aparecen las listas a las que se envían los boletines.'}
            </EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }}>
              {all.map((l) => (
                <Paper key={l.id} withBorder p="md" radius="md">
                  <Stack gap={6}>
                    <Text fw={600}>{l.name}</Text>
                    {l.description && (
                      <Text size="sm" c="dimmed">
                        {l.description}
                      </Text>
                    )}
                    <Text size="sm">
                      {l.activeMemberCount} {l.activeMemberCount === 1 ? 'contacto activo' : 'contactos activos'}
                    </Text>
                    {canManage && (
                      <Group gap="xs" mt={4}>
                        <Button size="xs" variant="default" onClick={() => setEditing(l)} aria-label={`Editar la lista ${l.name}`}>
                          Editar
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconFileExport size={14} />}
                          loading={exportList.isPending && exportList.variables?.id === l.id}
                          onClick={() => exportList.mutate({ id: l.id })}
                          aria-label={`Exportar la lista ${l.name} en CSV`}
                        >
                          Exportar CSV
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
      {editing !== null && contacts.data && (
        <ListFormModal list={editing === 'new' ? null : editing} contacts={contacts.data} onClose={() => setEditing(null)} />
      )}
    </section>
  )
}
