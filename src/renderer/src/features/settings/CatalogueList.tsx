import { useState } from 'react'
import { ActionIcon, Badge, Button, Group, Modal, Paper, ScrollArea, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconEye, IconEyeOff, IconPencil } from '@tabler/icons-react'
import type { CatalogueItem } from '../../../../shared/contract'
import { CATALOGUE_KIND_LABELS, type CatalogueKind } from '../../../../shared/domain/catalogues'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useCatalogue } from '../../lib/queries'
import { QueryView } from '../../components/QueryView'

const NEW_LABEL: Record<CatalogueKind, { input: string; button: string }> = {
  dependencia: { input: 'Nueva dependencia', button: 'Agregar dependencia' },
  canal: { input: 'Nuevo canal', button: 'Agregar canal' },
  grupo_valor: { input: 'Nuevo grupo de valor', button: 'Agregar grupo de valor' }
}

/** One catalogue: items are renamed or deactivated, never deleted, because pieces refer to them. */
export function CatalogueList({ kind, canEdit }: { kind: CatalogueKind; canEdit: boolean }) {
  const query = useCatalogue(kind)
  const [renaming, setRenaming] = useState<CatalogueItem | null>(null)
  const toggle = useApiMutation((item: CatalogueItem) => api.catalogues.update({ id: item.id, name: item.name, active: !item.active }), {
    invalidates: [['catalogues']],
    success: (item) => (item.active ? `«${item.name}» está activo de nuevo.` : `«${item.name}» quedó inactivo: ya no se ofrece en los formularios.`)
  })

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={4}>{CATALOGUE_KIND_LABELS[kind]}</Title>
        {canEdit && <AddItemForm kind={kind} />}
        <QueryView query={query}>
          {(items) => (
            <ScrollArea.Autosize mah={560}>
              <Table verticalSpacing={6} highlightOnHover>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td c={item.active ? undefined : 'dimmed'}>
                        {item.name}
                        {!item.active && (
                          <Badge ml="xs" size="xs" variant="light" color="gray" radius="sm">
                            Inactivo
                          </Badge>
                        )}
                      </Table.Td>
                      {canEdit && (
                        <Table.Td w={76}>
                          <Group gap={2} wrap="nowrap" justify="flex-end">
                            <Tooltip label="Renombrar">
                              <ActionIcon variant="subtle" size="sm" aria-label={`Renombrar «${item.name}»`} onClick={() => setRenaming(item)}>
                                <IconPencil size={15} />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={item.active ? 'Desactivar' : 'Activar'}>
                              <ActionIcon
                                variant="subtle"
                                size="sm"
                                color={item.active ? 'gray' : 'green'}
                                aria-label={`${item.active ? 'Desactivar' : 'Activar'} «${item.name}»`}
                                loading={toggle.isPending && toggle.variables.id === item.id}
                                onClick={() => toggle.mutate(item)}
                              >
                                {item.active ? <IconEyeOff size={15} /> : <IconEye size={15} />}
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {items.length === 0 && (
                <Text size="sm" c="dimmed">
                  Sin elementos todavía.
                </Text>
              )}
            </ScrollArea.Autosize>
          )}
        </QueryView>
      </Stack>
      <Modal opened={renaming !== null} onClose={() => setRenaming(null)} title="Renombrar" centered>
        {renaming && <RenameForm item={renaming} onDone={() => setRenaming(null)} />}
      </Modal>
    </Paper>
  )
}

function AddItemForm({ kind }: { kind: CatalogueKind }) {
  const form = useForm({ initialValues: { name: '' }, validate: { name: (v) => (v.trim() ? null : 'Escriba el nombre.') } })
  const create = useApiMutation((name: string) => api.catalogues.create({ kind, name }), {
    invalidates: [['catalogues']],
    form,
    success: (item) => `Se agregó «${item.name}».`,
    onSuccess: () => form.reset()
  })
  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v.name))} noValidate>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput label={NEW_LABEL[kind].input} style={{ flex: 1 }} {...form.getInputProps('name')} />
        <Button type="submit" mt={25} variant="light" loading={create.isPending} aria-label={NEW_LABEL[kind].button}>
          Agregar
        </Button>
      </Group>
    </form>
  )
}

function RenameForm({ item, onDone }: { item: CatalogueItem; onDone: () => void }) {
  const form = useForm({ initialValues: { name: item.name }, validate: { name: (v) => (v.trim() ? null : 'Escriba el nombre.') } })
  const rename = useApiMutation((name: string) => api.catalogues.update({ id: item.id, name, active: item.active }), {
    invalidates: [['catalogues']],
    form,
    success: (saved) => `Ahora se llama «${saved.name}».`,
    onSuccess: onDone
  })
  return (
    <form onSubmit={form.onSubmit((v) => rename.mutate(v.name))} noValidate>
      <Stack gap="sm">
        <TextInput label="Nombre" data-autofocus required {...form.getInputProps('name')} />
        <Text size="xs" c="dimmed">
          El nuevo nombre se verá también en las piezas y solicitudes que ya lo usan.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={rename.isPending}>
            Guardar nombre
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
