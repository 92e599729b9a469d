import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { CoverageEventDetail } from '../../../../shared/contract/coverage'
import { eventSpan } from '../../../../shared/domain/coverage'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { EventTimeFields, eventInstants, eventTimeValidation, timeValues, withTimeFields, type EventTimeValues } from './EventTimeFields'
import { COVERAGE_WRITES } from './queries'

/** Moves the event to its new date; open coverages keep the same lead time. */
export function PostponeModal({ event, opened, onClose }: { event: CoverageEventDetail; opened: boolean; onClose: () => void }) {
  const form = useForm<EventTimeValues>({
    // The same hours, on dates still to be chosen.
    initialValues: { ...timeValues(event.startsAt, event.endsAt), date: null, endDate: null },
    validate: eventTimeValidation
  })
  const postpone = useApiMutation(api.coverage.postpone, {
    invalidates: COVERAGE_WRITES,
    form: { setErrors: (fields) => form.setErrors(withTimeFields(fields)) },
    success: 'Se aplazó el evento. Confírmelo cuando la nueva fecha esté acordada.',
    onSuccess: () => close()
  })
  const close = () => {
    form.reset()
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title="Aplazar evento">
      <form
        onSubmit={form.onSubmit((v) => {
          if (v.date) postpone.mutate({ id: event.id, ...eventInstants({ ...v, date: v.date }) })
        })}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm">
            Está programado para el {eventSpan(event.startsAt, event.endsAt)}. Escriba la nueva fecha; las entregas pendientes se corren lo mismo.
          </Text>
          <EventTimeFields inputProps={form.getInputProps} dateLabel="Nueva fecha" autoFocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Volver
            </Button>
            <Button type="submit" loading={postpone.isPending}>
              Aplazar
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
