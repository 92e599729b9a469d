import { Button, Group, Modal, SimpleGrid, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { FindingDetail, ImprovementAction } from '../../../../shared/contract/improvement'
import { isoDateInColombia } from '../../../../shared/dates'
import { DateField } from '../../components/DateField'
import { UserSelect } from '../../components/UserSelect'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { IMPROVEMENT_WRITES } from './queries'

interface Values {
  description: string
  responsibleId: number | null
  startsOn: string | null
  dueOn: string | null
}

/** Adds an action to `finding`, or edits `action`. */
export function ActionFormModal({ finding, action, onClose }: { finding: FindingDetail; action: ImprovementAction | null; onClose: () => void }) {
  const form = useForm<Values>({
    initialValues: {
      description: action?.description ?? '',
      responsibleId: action?.responsibleId ?? null,
      startsOn: action?.startsOn ?? isoDateInColombia(new Date()),
      dueOn: action?.dueOn ?? null
    },
    validate: {
      description: (v) => (v.trim() ? null : 'Describa la acción.'),
      responsibleId: (v) => (v ? null : 'Elija quién responde por la acción.'),
      startsOn: (v) => (v ? null : 'Escriba la fecha de inicio.'),
      dueOn: (v, all) => (!v ? 'Escriba la fecha límite.' : all.startsOn && v < all.startsOn ? 'La fecha límite no puede ser anterior a la fecha de inicio.' : null)
    }
  })
  const save = useApiMutation(
    (v: Values) => {
      const fields = { description: v.description.trim(), responsibleId: v.responsibleId ?? 0, startsOn: v.startsOn ?? '', dueOn: v.dueOn ?? '' }
      return action ? api.improvement.updateAction({ ...fields, id: action.id }) : api.improvement.addAction({ ...fields, findingId: finding.id })
    },
    { invalidates: IMPROVEMENT_WRITES, success: action ? 'Se guardó la acción.' : 'Se agregó la acción al hallazgo.', form, onSuccess: onClose }
  )
  return (
    <Modal opened onClose={onClose} title={action ? 'Editar acción' : `Nueva acción del hallazgo H${finding.number}`} size="lg">
      <form noValidate onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <Textarea label="Acción" required autosize minRows={2} data-autofocus maxLength={1000} {...form.getInputProps('description')} />
          <UserSelect
            label="Responsable de la acción"
            required
            preferRoles={['profesional', 'community_manager', 'jefe']}
            value={form.values.responsibleId}
            onChange={(id) => form.setFieldValue('responsibleId', id)}
            error={form.errors.responsibleId}
          />
          <SimpleGrid cols={2}>
            <DateField label="Fecha de inicio" required {...form.getInputProps('startsOn')} />
            <DateField label="Fecha límite" required {...form.getInputProps('dueOn')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              {action ? 'Guardar acción' : 'Agregar acción'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
