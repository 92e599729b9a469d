import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { CoverageEventDetail } from '../../../../shared/contract/coverage'
import { CatalogueSelect } from '../../components/CatalogueSelect'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { ActivitySelect } from './ActivitySelect'
import { EventTimeFields, eventInstants, eventTimeValidation, timeValues, withTimeFields, type EventTimeValues } from './EventTimeFields'
import { COVERAGE_WRITES } from './queries'

interface Values extends EventTimeValues {
  title: string
  place: string
  dependenciaId: number | null
  planActivityId: number | null
  description: string
}

function initialValues(e: CoverageEventDetail | null): Values {
  if (!e) return { title: '', date: null, startTime: '', endDate: null, endTime: '', place: '', dependenciaId: null, planActivityId: null, description: '' }
  return {
    title: e.title,
    ...timeValues(e.startsAt, e.endsAt),
    place: e.place,
    dependenciaId: e.dependenciaId,
    planActivityId: e.planActivityId,
    description: e.description
  }
}

/** Programmes a new event or corrects one not yet held. */
export function EventFormModal({
  event,
  opened,
  onClose,
  onSaved
}: {
  event: CoverageEventDetail | null
  opened: boolean
  onClose: () => void
  onSaved?: (id: number) => void
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={event ? 'Editar evento' : 'Nuevo evento'} size="lg">
      {opened && <EventForm event={event} onDone={onClose} onSaved={onSaved} />}
    </Modal>
  )
}

function EventForm({ event, onDone, onSaved }: { event: CoverageEventDetail | null; onDone: () => void; onSaved?: (id: number) => void }) {
  const form = useForm<Values>({
    initialValues: initialValues(event),
    validate: {
      ...eventTimeValidation,
      title: (v) => (v.trim() ? null : 'Escriba el nombre del evento.'),
      place: (v) => (v.trim() ? null : 'Escriba dónde es el evento.')
    }
  })
  const save = useApiMutation(
    (v: Values & { date: string }) => {
      const input = {
        title: v.title.trim(),
        ...eventInstants(v),
        place: v.place.trim(),
        dependenciaId: v.dependenciaId,
        planActivityId: v.planActivityId,
        description: v.description.trim()
      }
      return event ? api.coverage.update({ ...input, id: event.id }) : api.coverage.create(input)
    },
    {
      invalidates: COVERAGE_WRITES,
      form: { setErrors: (fields) => form.setErrors(withTimeFields(fields)) },
      success: (e) => (event ? 'Se guardaron los cambios del evento.' : `Se programó «${e.title}».`),
      onSuccess: (e) => {
        onDone()
        onSaved?.(e.id)
      }
    }
  )
  return (
    <form
      onSubmit={form.onSubmit((v) => {
        if (v.date) save.mutate({ ...v, date: v.date })
      })}
      noValidate
    >
      <Stack gap="sm">
        <TextInput label="Nombre del evento" placeholder="Ej.: Feria de emprendimiento en el parque principal" required data-autofocus {...form.getInputProps('title')} />
        <EventTimeFields inputProps={form.getInputProps} />
        <TextInput label="Lugar" placeholder="Ej.: Parque principal de Cajicá" required {...form.getInputProps('place')} />
        <CatalogueSelect
          kind="dependencia"
          label="Dependencia solicitante"
          placeholder="Seleccione"
          clearable
          value={form.values.dependenciaId}
          onChange={(id) => form.setFieldValue('dependenciaId', id)}
          error={form.errors.dependenciaId}
        />
        <ActivitySelect
          value={form.values.planActivityId}
          onChange={(id) => form.setFieldValue('planActivityId', id)}
          error={form.errors.planActivityId as string | undefined}
          current={event?.planActivityId && event.planActivityLabel ? { id: event.planActivityId, label: event.planActivityLabel } : null}
        />
        <Textarea label="Descripción" placeholder="Qué pasa en el evento y qué necesita la dependencia" autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={save.isPending}>
            {event ? 'Guardar cambios' : 'Programar evento'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
