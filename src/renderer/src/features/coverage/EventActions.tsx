import { useState } from 'react'
import { Button, Group } from '@mantine/core'
import type { CoverageEventDetail } from '../../../../shared/contract/coverage'
import type { EventAction } from '../../../../shared/domain/coverage'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { EventFormModal } from './EventFormModal'
import { PostponeModal } from './PostponeModal'
import { ReasonModal } from './ReasonModal'
import { COVERAGE_WRITES } from './queries'

/** The event's state buttons that main allows this user. */
export function EventActions({ event }: { event: CoverageEventDetail }) {
  const [open, setOpen] = useState<'edit' | 'postpone' | 'cancel' | null>(null)
  const can = (a: EventAction) => event.allowedActions.includes(a)
  const close = () => setOpen(null)
  const confirm = useApiMutation(api.coverage.confirm, { invalidates: COVERAGE_WRITES, success: 'Evento confirmado.' })
  const start = useApiMutation(api.coverage.start, { invalidates: COVERAGE_WRITES, success: 'El evento está en curso.' })
  const complete = useApiMutation(api.coverage.complete, { invalidates: COVERAGE_WRITES, success: 'Evento cubierto. Ya puede crear sus piezas e ingestar el material.' })
  const cancel = useApiMutation(api.coverage.cancel, { invalidates: COVERAGE_WRITES, success: 'Se canceló el evento y sus cubrimientos pendientes.', onSuccess: close })
  const id = { id: event.id }
  if (event.allowedActions.length === 0) return null
  return (
    <Group gap="xs">
      {can('confirm') && (
        <Button size="sm" loading={confirm.isPending} onClick={() => confirm.mutate(id)}>
          Confirmar
        </Button>
      )}
      {can('start') && (
        <Button size="sm" loading={start.isPending} onClick={() => start.mutate(id)}>
          Marcar en curso
        </Button>
      )}
      {can('complete') && (
        <Button size="sm" color="green" loading={complete.isPending} onClick={() => complete.mutate(id)}>
          Marcar como cubierto
        </Button>
      )}
      {can('edit') && (
        <Button size="sm" variant="default" onClick={() => setOpen('edit')}>
          Editar
        </Button>
      )}
      {can('postpone') && (
        <Button size="sm" variant="default" onClick={() => setOpen('postpone')}>
          Aplazar
        </Button>
      )}
      {can('cancel') && (
        <Button size="sm" variant="subtle" color="red" onClick={() => setOpen('cancel')}>
          Cancelar evento
        </Button>
      )}
      <EventFormModal event={event} opened={open === 'edit'} onClose={close} />
      {open === 'postpone' && <PostponeModal event={event} opened onClose={close} />}
      <ReasonModal
        opened={open === 'cancel'}
        title="Cancelar evento"
        intro={`Se cancelará «${event.title}» y los cubrimientos que aún no se han entregado.`}
        confirmLabel="Cancelar evento"
        loading={cancel.isPending}
        onClose={close}
        onConfirm={(reason) => cancel.mutate({ id: event.id, reason })}
      />
    </Group>
  )
}
