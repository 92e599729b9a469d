import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { ArchiveEvent } from '../../../../shared/contract'
import { formatDate } from '../../../../shared/dates'
import { DateField } from '../../components/DateField'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { ARCHIVE_WRITES } from './queries'

interface Values {
  name: string
  date: string | null
  place: string
  description: string
}

/** Creates an event (or edits `event`); `onSaved` receives it, e.g. to choose it in a form. */
export function EventFormModal({
  opened,
  event,
  onClose,
  onSaved
}: {
  opened: boolean
  event?: ArchiveEvent | null
  onClose: () => void
  onSaved?: (event: ArchiveEvent) => void
}) {
  const form = useForm<Values>({
    initialValues: { name: event?.name ?? '', date: event?.date ?? null, place: event?.place ?? '', description: event?.description ?? '' },
    validate: { name: (v) => (v.trim() ? null : 'Escriba el nombre del evento.') }
  })
  const save = useApiMutation(api.archive.saveEvent, {
    invalidates: ARCHIVE_WRITES,
    success: (e) => (event ? `Se guardó el evento «${e.name}».` : `Se creó el evento «${e.name}».`),
    form,
    onSuccess: (e) => {
      onSaved?.(e)
      close()
    }
  })

  const submit = form.onSubmit((v) =>
    save.mutate({ ...(event ? { id: event.id } : {}), name: v.name.trim(), date: v.date, place: v.place.trim(), description: v.description.trim() })
  )

  function close() {
    form.reset()
    save.reset()
    onClose()
  }

  return (
    <Modal opened={opened} onClose={close} title={event ? 'Editar evento' : 'Nuevo evento'}>
      <form
        noValidate
        onSubmit={(e) => {
          // Opened from the ingest form, this form's submit would otherwise bubble (through the portal) and start the ingest.
          e.stopPropagation()
          submit(e)
        }}
      >
        <Stack>
          <TextInput
            label="Nombre del evento"
            placeholder={`P. ej. «Rueda de prensa ${formatDate('2026-03-12')}»`}
            required
            data-autofocus
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <DateField label="Fecha" {...form.getInputProps('date')} />
          <TextInput label="Lugar" maxLength={200} {...form.getInputProps('place')} />
          <Textarea label="Descripción" autosize minRows={2} maxLength={2000} {...form.getInputProps('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              {event ? 'Guardar evento' : 'Crear evento'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
