import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { PlanActivity } from '../../../../shared/contract'
import { FREQUENCIES, FREQUENCY_LABELS, PHVA_LABELS, PHVA_PHASES, type Frequency, type PhvaPhase } from '../../../../shared/domain/plans'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { CatalogueMultiSelect } from '../../components/CatalogueSelect'
import { UserSelect } from '../../components/UserSelect'

interface Values {
  description: string
  frequency: Frequency | null
  phvaPhase: PhvaPhase | null
  channelIds: number[]
  audienceIds: number[]
  responsibleId: number | null
  goalQuantity: number | string
  goalUnit: string
}

const FREQUENCY_OPTIONS = FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))
const PHVA_OPTIONS = PHVA_PHASES.map((p) => ({ value: p, label: `${p} · ${PHVA_LABELS[p]}` }))

export type ActivityTarget = { strategyId: number; strategyName: string } | { activity: PlanActivity }

/** Creates an activity in a strategy or edits one: what, how often, PHVA phase, where, for whom, who, goal. */
export function ActivityFormModal({ target, onClose }: { target: ActivityTarget | null; onClose: () => void }) {
  const title = !target ? '' : 'activity' in target ? 'Editar actividad' : `Nueva actividad · ${target.strategyName}`
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} centered size="xl">
      {target && <ActivityForm target={target} onDone={onClose} />}
    </Modal>
  )
}

function ActivityForm({ target, onDone }: { target: ActivityTarget; onDone: () => void }) {
  const activity = 'activity' in target ? target.activity : null
  const form = useForm<Values>({
    initialValues: {
      description: activity?.description ?? '',
      frequency: activity?.frequency ?? null,
      phvaPhase: activity?.phvaPhase ?? 'H',
      channelIds: activity?.channelIds ?? [],
      audienceIds: activity?.audienceIds ?? [],
      responsibleId: activity?.responsibleId ?? null,
      goalQuantity: activity?.goalQuantity ?? 0,
      goalUnit: activity?.goalUnit ?? ''
    },
    validate: {
      description: (v) => (v.trim() ? null : 'Describa la actividad.'),
      frequency: (v) => (v ? null : 'Seleccione la frecuencia.'),
      phvaPhase: (v) => (v ? null : 'Seleccione la fase PHVA.'),
      goalQuantity: (v) => (typeof v === 'number' ? null : 'Escriba la meta como un número entero (0 si no tiene meta).')
    }
  })
  type Ready = Omit<Values, 'frequency' | 'phvaPhase' | 'goalQuantity'> & { frequency: Frequency; phvaPhase: PhvaPhase; goalQuantity: number }
  const save = useApiMutation(
    (v: Ready) =>
      'activity' in target ? api.plans.updateActivity({ ...v, id: target.activity.id }) : api.plans.createActivity({ ...v, strategyId: target.strategyId }),
    {
      invalidates: [['plans']],
      form,
      success: activity ? 'Se guardó la actividad.' : 'Se agregó la actividad al plan.',
      onSuccess: onDone
    }
  )
  return (
    <form
      onSubmit={form.onSubmit(({ frequency, phvaPhase, goalQuantity, ...rest }) => {
        if (frequency && phvaPhase && typeof goalQuantity === 'number') save.mutate({ ...rest, frequency, phvaPhase, goalQuantity })
      })}
      noValidate
    >
      <Stack gap="sm">
        <Textarea
          label="Descripción de la actividad"
          placeholder="Ej.: Elaborar y difundir boletines de prensa sobre la gestión de la administración"
          required
          autosize
          minRows={2}
          maxRows={5}
          data-autofocus
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label="Frecuencia" data={FREQUENCY_OPTIONS} required allowDeselect={false} {...form.getInputProps('frequency')} />
          <Select label="Fase PHVA" data={PHVA_OPTIONS} required allowDeselect={false} {...form.getInputProps('phvaPhase')} />
          <CatalogueMultiSelect
            kind="canal"
            label="Canales"
            placeholder="Dónde se difunde"
            value={form.values.channelIds}
            onChange={(ids) => form.setFieldValue('channelIds', ids)}
            error={form.errors.channelIds}
          />
          <CatalogueMultiSelect
            kind="grupo_valor"
            label="Grupos de valor"
            placeholder="A quién va dirigida"
            value={form.values.audienceIds}
            onChange={(ids) => form.setFieldValue('audienceIds', ids)}
            error={form.errors.audienceIds}
          />
          <UserSelect
            label="Responsable"
            placeholder="Sin responsable"
            clearable
            preferRoles={['profesional', 'community_manager', 'disenador', 'audiovisual', 'jefe']}
            value={form.values.responsibleId}
            onChange={(id) => form.setFieldValue('responsibleId', id)}
            error={form.errors.responsibleId}
          />
          <Group grow align="flex-start" gap="xs">
            <NumberInput label="Meta" min={0} max={100000} allowDecimal={false} allowNegative={false} thousandSeparator="." decimalSeparator="," {...form.getInputProps('goalQuantity')} />
            <TextInput label="Unidad de la meta" placeholder="Ej.: boletines" {...form.getInputProps('goalUnit')} />
          </Group>
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={save.isPending}>
            {activity ? 'Guardar actividad' : 'Agregar actividad'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
