import { useState } from 'react'
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { CoverageWithActions } from '../../../../shared/contract/coverage'
import { NEED_LABELS, type CoverageAction } from '../../../../shared/domain/coverage'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { COVERAGE_WRITES } from './queries'

/**
 * The assignee's steps on a coverage: accept, start, deliver (the jefe may also deliver). Each
 * button names the need and event, so a screen with several keeps them apart.
 */
export function CoverageButtons({ coverage, eventTitle }: { coverage: CoverageWithActions; eventTitle: string }) {
  const [delivering, setDelivering] = useState(false)
  const what = `${NEED_LABELS[coverage.need].toLocaleLowerCase('es-CO')} de «${eventTitle}»`
  const accept = useApiMutation(api.coverage.accept, { invalidates: COVERAGE_WRITES, success: 'Aceptó el cubrimiento.' })
  const start = useApiMutation(api.coverage.startCoverage, { invalidates: COVERAGE_WRITES, success: 'Marcó el cubrimiento en curso.' })
  const can = (a: CoverageAction) => coverage.allowedActions.includes(a)
  return (
    <Group gap="xs" wrap="nowrap">
      {can('accept') && (
        <Button size="xs" aria-label={`Aceptar ${what}`} loading={accept.isPending} onClick={() => accept.mutate({ coverageId: coverage.id })}>
          Aceptar
        </Button>
      )}
      {can('start') && (
        <Button size="xs" aria-label={`Iniciar ${what}`} loading={start.isPending} onClick={() => start.mutate({ coverageId: coverage.id })}>
          Iniciar
        </Button>
      )}
      {can('deliver') && (
        <Button size="xs" color="green" aria-label={`Entregar ${what}`} onClick={() => setDelivering(true)}>
          Entregar
        </Button>
      )}
      <DeliverModal coverageId={coverage.id} what={what} opened={delivering} onClose={() => setDelivering(false)} />
    </Group>
  )
}

function DeliverModal({ coverageId, what, opened, onClose }: { coverageId: number; what: string; opened: boolean; onClose: () => void }) {
  const form = useForm({ initialValues: { notes: '' } })
  const deliver = useApiMutation(api.coverage.deliver, {
    invalidates: COVERAGE_WRITES,
    success: 'Entregó el cubrimiento.',
    form,
    onSuccess: () => close()
  })
  const close = () => {
    form.reset()
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title="Entregar cubrimiento">
      <form onSubmit={form.onSubmit((v) => deliver.mutate({ coverageId, notes: v.notes.trim() }))} noValidate>
        <Stack gap="sm">
          <Textarea
            label="Nota de entrega"
            description={`Qué entrega de ${what} y dónde quedó`}
            placeholder="Ej.: 120 fotos en la carpeta del evento; 10 seleccionadas para redes"
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Volver
            </Button>
            <Button type="submit" color="green" loading={deliver.isPending}>
              Marcar como entregado
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
