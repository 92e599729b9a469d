import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useLocation } from 'wouter'
import type { PlanDetail, PlanSummary } from '../../../../shared/contract'
import {
  PLAN_SCOPES,
  PLAN_SCOPE_LABELS,
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  type PlanScope,
  type PlanStatus
} from '../../../../shared/domain/plans'
import { isoDateInColombia } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { DateField } from '../../components/DateField'

interface Values {
  name: string
  startsOn: string | null
  endsOn: string | null
  scope: PlanScope | null
  status: PlanStatus
  description: string
}

const SCOPE_OPTIONS = PLAN_SCOPES.map((s) => ({ value: s, label: PLAN_SCOPE_LABELS[s] }))
const STATUS_OPTIONS = PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABELS[s] }))

/** A new plan starts as the current vigencia: the calendar year. */
function initialValues(plan: PlanSummary | null): Values {
  if (plan) return { name: plan.name, startsOn: plan.startsOn, endsOn: plan.endsOn, scope: plan.scope, status: plan.status, description: plan.description }
  const year = isoDateInColombia(new Date()).slice(0, 4)
  return { name: `Plan de Comunicaciones ${year}`, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, scope: 'mixta', status: 'borrador', description: '' }
}

export function PlanFormModal({ plan, opened, onClose }: { plan: PlanSummary | null; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={plan ? 'Editar plan' : 'Nuevo plan'} centered size="lg">
      {opened && <PlanForm plan={plan} onDone={onClose} />}
    </Modal>
  )
}

function PlanForm({ plan, onDone }: { plan: PlanSummary | null; onDone: () => void }) {
  const [, navigate] = useLocation()
  const form = useForm<Values>({
    initialValues: initialValues(plan),
    validate: {
      name: (v) => (v.trim() ? null : 'Escriba el nombre del plan.'),
      startsOn: (v) => (v ? null : 'Escriba la fecha inicial de la vigencia (dd/mm/aaaa).'),
      endsOn: (v) => (v ? null : 'Escriba la fecha final de la vigencia (dd/mm/aaaa).'),
      scope: (v) => (v ? null : 'Seleccione el alcance.')
    }
  })
  const save = useApiMutation(
    (v: Values & { startsOn: string; endsOn: string; scope: PlanScope }): Promise<PlanDetail> =>
      plan ? api.plans.update({ ...v, id: plan.id }) : api.plans.create(v),
    {
      invalidates: [['plans']],
      form,
      success: (saved) => (plan ? 'Se guardaron los cambios del plan.' : `Se creó «${saved.name}». Agregue sus estrategias.`),
      onSuccess: (saved) => {
        onDone()
        if (!plan) navigate(`/plan/${saved.id}`)
      }
    }
  )
  return (
    <form
      onSubmit={form.onSubmit(({ startsOn, endsOn, scope, ...rest }) => {
        if (startsOn && endsOn && scope) save.mutate({ ...rest, startsOn, endsOn, scope })
      })}
      noValidate
    >
      <Stack gap="sm">
        <TextInput label="Nombre del plan" required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2}>
          <DateField label="Inicio de la vigencia" required {...form.getInputProps('startsOn')} />
          <DateField label="Fin de la vigencia" required {...form.getInputProps('endsOn')} />
          <Select label="Alcance" data={SCOPE_OPTIONS} required allowDeselect={false} {...form.getInputProps('scope')} />
          <Select label="Estado" data={STATUS_OPTIONS} required allowDeselect={false} {...form.getInputProps('status')} />
        </SimpleGrid>
        <Textarea label="Descripción" placeholder="Propósito del plan, normas que lo soportan, prioridades de la vigencia…" autosize minRows={3} maxRows={8} {...form.getInputProps('description')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={save.isPending}>
            {plan ? 'Guardar cambios' : 'Crear plan'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
