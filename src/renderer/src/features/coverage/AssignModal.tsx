import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import type { AssignmentResult, CoverageEventDetail, CoverageRow } from '../../../../shared/contract/coverage'
import { COVERAGE_NEEDS, NEED_LABELS, type CoverageNeed } from '../../../../shared/domain/coverage'
import { DateField } from '../../components/DateField'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { AssigneeSelect } from './AssigneeSelect'
import { ConflictWarning } from './ConflictWarning'
import { COVERAGE_WRITES, useConflicts } from './queries'
import { TimeField } from './TimeField'
import { localParts, normalizeTime, toInstant } from './time'

interface Values {
  need: CoverageNeed | null
  assigneeId: number | null
  dueDate: string | null
  dueTime: string
  notes: string
}

/** Assigns a need of the event to a person (or, given `coverage`, moves it to another person or due time). */
export function AssignModal({
  event,
  coverage,
  opened,
  onClose
}: {
  event: CoverageEventDetail
  coverage: CoverageRow | null
  opened: boolean
  onClose: () => void
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={coverage ? `Reasignar ${NEED_LABELS[coverage.need].toLocaleLowerCase('es-CO')}` : 'Asignar cubrimiento'} size="lg">
      {opened && <AssignForm event={event} coverage={coverage} onDone={onClose} />}
    </Modal>
  )
}

function AssignForm({ event, coverage, onDone }: { event: CoverageEventDetail; coverage: CoverageRow | null; onDone: () => void }) {
  const taken = new Set(event.coverages.filter((c) => c.state !== 'cancelada').map((c) => c.need))
  const due = localParts(coverage?.dueAt ?? event.endsAt)
  const form = useForm<Values>({
    initialValues: {
      need: coverage?.need ?? COVERAGE_NEEDS.find((n) => !taken.has(n)) ?? null,
      assigneeId: coverage?.assigneeId ?? null,
      dueDate: due.date,
      dueTime: due.time,
      notes: ''
    },
    validate: {
      need: (v) => (v ? null : 'Seleccione qué se cubre.'),
      assigneeId: (v) => (v ? null : 'Seleccione quién lo cubre.'),
      dueDate: (v) => (v ? null : 'Escriba la fecha de entrega (dd/mm/aaaa).'),
      dueTime: (v) => (normalizeTime(v) ? null : 'Escriba la hora de entrega en 24 horas (hh:mm).')
    }
  })
  const { assigneeId } = form.values
  const conflicts = useConflicts(assigneeId === null ? null : { userId: assigneeId, startsAt: event.startsAt, endsAt: event.endsAt, excludeEventId: event.id })
  const warnAfterSave = (result: AssignmentResult) => {
    if (result.conflicts.length > 0) {
      notifications.show({ color: 'yellow', title: 'Cruce de horario', message: result.conflicts.map((c) => c.message).join(' '), autoClose: 10000 })
    }
  }
  const save = useApiMutation(
    (v: { need: CoverageNeed; assigneeId: number; dueAt: string; notes: string }) =>
      coverage ? api.coverage.reassign({ coverageId: coverage.id, assigneeId: v.assigneeId, dueAt: v.dueAt }) : api.coverage.assign({ eventId: event.id, ...v }),
    {
      invalidates: COVERAGE_WRITES,
      form: { setErrors: (fields) => form.setErrors({ ...fields, ...(fields.dueAt ? { dueTime: fields.dueAt } : {}) }) },
      success: coverage ? 'Se reasignó el cubrimiento.' : 'Se asignó el cubrimiento.',
      onSuccess: (result) => {
        warnAfterSave(result)
        onDone()
      }
    }
  )
  const needOptions = COVERAGE_NEEDS.filter((n) => n === coverage?.need || !taken.has(n)).map((n) => ({ value: n, label: NEED_LABELS[n] }))
  return (
    <form
      onSubmit={form.onSubmit((v) => {
        if (v.need && v.assigneeId && v.dueDate) save.mutate({ need: v.need, assigneeId: v.assigneeId, dueAt: toInstant(v.dueDate, v.dueTime), notes: v.notes.trim() })
      })}
      noValidate
    >
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            label="Necesidad"
            required
            disabled={coverage !== null}
            data={needOptions}
            value={form.values.need}
            onChange={(v) => {
              form.setFieldValue('need', v as CoverageNeed | null)
              form.setFieldValue('assigneeId', null)
            }}
            error={form.errors.need}
            allowDeselect={false}
          />
          <AssigneeSelect
            label="Responsable"
            required
            data-autofocus
            need={form.values.need}
            value={form.values.assigneeId}
            onChange={(id) => form.setFieldValue('assigneeId', id)}
            error={form.errors.assigneeId}
          />
          <DateField label="Fecha de entrega" required {...form.getInputProps('dueDate')} />
          <TimeField label="Hora de entrega" required {...form.getInputProps('dueTime')} />
        </SimpleGrid>
        {!coverage && <Textarea label="Indicaciones" placeholder="Ej.: fotos del alcalde con los emprendedores; llegar 30 minutos antes" autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />}
        <ConflictWarning conflicts={conflicts.data ?? []} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={save.isPending}>
            {coverage ? 'Reasignar' : 'Asignar'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
