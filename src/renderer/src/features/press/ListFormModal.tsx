import { Button, Group, Modal, MultiSelect, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { DistributionList, MediaContact } from '../../../../shared/contract/press'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PRESS_WRITES } from './queries'

interface Values {
  name: string
  description: string
  memberIds: string[]
}

export const contactOption = (c: MediaContact) => ({ value: String(c.id), label: `${c.fullName} · ${c.medium}${c.active ? '' : ' (inactivo)'}` })

/** A distribution list and who is on it; `contacts` is the whole directory, inactive ones included. */
export function ListFormModal({ list, contacts, onClose }: { list: DistributionList | null; contacts: MediaContact[]; onClose: () => void }) {
  const form = useForm<Values>({
    initialValues: { name: list?.name ?? '', description: list?.description ?? '', memberIds: (list?.memberIds ?? []).map(String) },
    validate: { name: (v) => (v.trim() ? null : 'Escriba el nombre de la lista.') }
  })
  const save = useApiMutation(api.press.saveList, {
    invalidates: PRESS_WRITES,
    success: (l) => (list ? `Se guardó la lista «${l.name}».` : `Se creó la lista «${l.name}».`),
    form,
    onSuccess: onClose
  })
  const submit = form.onSubmit((v) => save.mutate({ ...(list ? { id: list.id } : {}), name: v.name, description: v.description, memberIds: v.memberIds.map(Number) }))
  // Inactive contacts are offered only when they are already members, so they can be taken off.
  const options = contacts.filter((c) => c.active || list?.memberIds.includes(c.id)).map(contactOption)

  return (
    <Modal opened onClose={onClose} title={list ? `Editar la lista «${list.name}»` : 'Nueva lista de distribución'} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          <TextInput label="Nombre de la lista" required data-autofocus maxLength={120} {...form.getInputProps('name')} />
          <Textarea label="Descripción" autosize minRows={2} maxLength={500} {...form.getInputProps('description')} />
          <MultiSelect
            label="Integrantes"
            placeholder="Busque por nombre o medio"
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage="Ningún contacto coincide"
            data={options}
            maxDropdownHeight={260}
            {...form.getInputProps('memberIds')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              {list ? 'Guardar lista' : 'Crear lista'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
