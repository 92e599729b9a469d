import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { SavedSearch } from '../../../../../shared/contract/archive-batch'
import type { ArchiveSort } from '../../../../../shared/domain/archive'
import { api } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'
import type { ArchiveFilterInput } from '../queries'
import { describeSearch } from './describe'
import { SAVED_SEARCH_WRITES } from './queries'

interface Props {
  opened: boolean
  onClose: () => void
  /** The search on screen. */
  filters: ArchiveFilterInput
  sort: ArchiveSort
  /** One of the user's own searches to rename, share or overwrite; a new one when absent. */
  editing?: SavedSearch
}

/** Names the current search (or edits a saved one) and says whether the office sees it. */
export function SaveSearchModal({ opened, onClose, filters, sort, editing }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={editing ? 'Editar búsqueda guardada' : 'Guardar la búsqueda'}>
      {opened && <SaveSearchForm onClose={onClose} filters={filters} sort={sort} editing={editing} />}
    </Modal>
  )
}

function SaveSearchForm({ onClose, filters, sort, editing }: Omit<Props, 'opened'>) {
  const form = useForm({ initialValues: { name: editing?.name ?? '', shared: editing?.shared ?? false, replace: false } })
  const save = useApiMutation(api.archiveBatch.saveSearch, {
    invalidates: SAVED_SEARCH_WRITES,
    success: (s) => (editing ? `Se actualizó la búsqueda «${s.name}».` : `Se guardó la búsqueda «${s.name}».`),
    form,
    onSuccess: onClose
  })
  const useCurrent = !editing || form.values.replace
  const saved = useCurrent ? { filters, sort } : { filters: editing.filters, sort: editing.sort }
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        if (!v.name.trim()) return form.setFieldError('name', 'Escriba un nombre para la búsqueda.')
        save.mutate({ id: editing?.id, name: v.name.trim(), shared: v.shared, ...saved })
      })}
    >
      <Stack gap="sm">
        <TextInput label="Nombre de la búsqueda" placeholder="p. ej. Jornadas de vacunación 2026" maxLength={120} required data-autofocus {...form.getInputProps('name')} />
        <Text size="sm" c="dimmed">
          {describeSearch(saved.filters, saved.sort)}
        </Text>
        {editing && (
          <Checkbox label="Reemplazar sus filtros por la búsqueda que está en pantalla" {...form.getInputProps('replace', { type: 'checkbox' })} />
        )}
        <Checkbox
          label="Compartir con la oficina"
          description="Todo el equipo podrá aplicarla; solo usted puede cambiarla o eliminarla."
          {...form.getInputProps('shared', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancelar
          </Button>
          <Button type="submit" loading={save.isPending}>
            {editing ? 'Guardar cambios' : 'Guardar búsqueda'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
