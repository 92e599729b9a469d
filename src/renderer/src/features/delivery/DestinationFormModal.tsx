import { Button, Group, Modal, Stack, Switch, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconFolderOpen } from '@tabler/icons-react'
import type { Destination } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'

interface Values {
  name: string
  path: string
  note: string
  active: boolean
}

/** `destination` null: a new one. */
export function DestinationFormModal({ opened, destination, onClose }: { opened: boolean; destination: Destination | null; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={destination ? 'Editar destino' : 'Nuevo destino'} centered size="lg">
      {opened && <DestinationForm destination={destination} onDone={onClose} />}
    </Modal>
  )
}

function DestinationForm({ destination, onDone }: { destination: Destination | null; onDone: () => void }) {
  const form = useForm<Values>({
    initialValues: destination
      ? { name: destination.name, path: destination.path, note: destination.note, active: destination.active }
      : { name: '', path: '', note: '', active: true },
    validate: {
      name: (v) => (v.trim() ? null : 'Escriba un nombre que la oficina reconozca, p. ej. «Planeación – informes».'),
      path: (v) => (v.trim() ? null : 'Escriba la ruta de la carpeta o use «Elegir carpeta…».')
    }
  })
  const save = useApiMutation(
    (v: Values) => (destination ? api.delivery.updateDestination({ id: destination.id, ...v }) : api.delivery.createDestination(v)),
    {
      invalidates: [['delivery']],
      form,
      success: (d) => (destination ? `Destino «${d.name}» guardado.` : `Se creó el destino «${d.name}».`),
      onSuccess: onDone
    }
  )
  const choose = useApiMutation(() => api.delivery.chooseFolder(), {
    invalidates: [],
    onSuccess: (folder) => {
      if (folder) form.setFieldValue('path', folder)
    }
  })

  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack gap="sm">
        <TextInput label="Nombre del destino" placeholder="Ej.: Planeación – informes" required data-autofocus {...form.getInputProps('name')} />
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label="Carpeta"
            placeholder="\\servidor\planeacion\informes"
            description="Una unidad de red (P:\Informes), una ruta compartida (\\servidor\carpeta) o una memoria USB."
            required
            style={{ flex: 1 }}
            {...form.getInputProps('path')}
          />
          <Button variant="default" mt={48} leftSection={<IconFolderOpen size={16} />} loading={choose.isPending} onClick={() => choose.mutate(undefined)}>
            Elegir carpeta…
          </Button>
        </Group>
        <Textarea label="Nota" placeholder="Ej.: Carpeta que revisa la Oficina de Planeación cada lunes" autosize minRows={2} {...form.getInputProps('note')} />
        <Switch label="Activo" description="Un destino inactivo no se ofrece al enviar archivos." {...form.getInputProps('active', { type: 'checkbox' })} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={save.isPending}>
            {destination ? 'Guardar destino' : 'Crear destino'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
