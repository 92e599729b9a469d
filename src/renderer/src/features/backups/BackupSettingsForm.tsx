import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconFolderOpen } from '@tabler/icons-react'
import type { BackupStatus } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useDestinations } from '../delivery/queries'

interface Values {
  folder: string
  destinationId: string | null
}

/** Where the daily copies go: a local folder and, optionally, a destination through the outbox. */
export function BackupSettingsForm({ status }: { status: BackupStatus }) {
  const destinations = useDestinations()
  const form = useForm<Values>({
    initialValues: { folder: status.folder, destinationId: status.destinationId === null ? null : String(status.destinationId) },
    validate: { folder: (v) => (v.trim() ? null : 'Escriba la carpeta donde se guardan las copias.') }
  })
  const save = useApiMutation(
    (v: Values) => api.backups.configure({ folder: v.folder, destinationId: v.destinationId === null ? null : Number(v.destinationId) }),
    {
      invalidates: [['backups']],
      form,
      success: 'Configuración de las copias guardada.',
      onSuccess: (saved) => form.resetDirty({ folder: saved.folder, destinationId: saved.destinationId === null ? null : String(saved.destinationId) })
    }
  )
  const choose = useApiMutation(() => api.delivery.chooseFolder(), {
    invalidates: [],
    onSuccess: (folder) => {
      if (folder) form.setFieldValue('folder', folder)
    }
  })
  const options = (destinations.data ?? [])
    .filter((d) => d.active || String(d.id) === form.values.destinationId)
    .map((d) => ({ value: String(d.id), label: d.active ? d.name : `${d.name} (inactivo)` }))

  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack gap="sm">
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput label="Carpeta de las copias" required style={{ flex: 1 }} {...form.getInputProps('folder')} />
          <Button variant="default" mt={25} leftSection={<IconFolderOpen size={16} />} loading={choose.isPending} onClick={() => choose.mutate(undefined)}>
            Elegir carpeta…
          </Button>
        </Group>
        <Select
          label="Enviar también a"
          description="Opcional: una copia de cada respaldo viaja por la bandeja de salida a este destino."
          placeholder="Solo la carpeta local"
          clearable
          data={options}
          {...form.getInputProps('destinationId')}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={save.isPending} disabled={!form.isDirty()}>
            Guardar configuración
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
