import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { PlanStrategy } from '../../../../shared/contract'
import { STRATEGY_KINDS, STRATEGY_KIND_LABELS, type StrategyKind } from '../../../../shared/domain/plans'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'

interface Values {
  kind: StrategyKind | null
  name: string
  objective: string
}

const KIND_OPTIONS = STRATEGY_KINDS.map((k) => ({ value: k, label: STRATEGY_KIND_LABELS[k] }))

/** Creates a strategy in a plan (`planId`) or edits one (`strategy`). */
export function StrategyFormModal({
  target,
  onClose
}: {
  target: { planId: number } | { strategy: PlanStrategy } | null
  onClose: () => void
}) {
  const editing = target && 'strategy' in target ? target.strategy : null
  return (
    <Modal opened={target !== null} onClose={onClose} title={editing ? 'Editar estrategia' : 'Nueva estrategia'} centered size="lg">
      {target && <StrategyForm planId={'planId' in target ? target.planId : null} strategy={editing} onDone={onClose} />}
    </Modal>
  )
}

function StrategyForm({ planId, strategy, onDone }: { planId: number | null; strategy: PlanStrategy | null; onDone: () => void }) {
  const form = useForm<Values>({
    initialValues: { kind: strategy?.kind ?? null, name: strategy?.name ?? '', objective: strategy?.objective ?? '' },
    validate: {
      kind: (v) => (v ? null : 'Seleccione el tipo de estrategia.'),
      name: (v) => (v.trim() ? null : 'Escriba el nombre de la estrategia.')
    }
  })
  const save = useApiMutation(
    (v: Values & { kind: StrategyKind }) => (strategy ? api.plans.updateStrategy({ ...v, id: strategy.id }) : api.plans.createStrategy({ ...v, planId: planId! })),
    {
      invalidates: [['plans']],
      form,
      success: (s) => (strategy ? `Se guardó la estrategia «${s.name}».` : `Se creó la estrategia «${s.name}».`),
      onSuccess: onDone
    }
  )
  return (
    <form
      onSubmit={form.onSubmit(({ kind, ...rest }) => {
        if (kind) save.mutate({ ...rest, kind })
      })}
      noValidate
    >
      <Stack gap="sm">
        <Select label="Tipo de estrategia" data={KIND_OPTIONS} required allowDeselect={false} data-autofocus {...form.getInputProps('kind')} />
        <TextInput label="Nombre de la estrategia" placeholder="Ej.: Comunicación digital y redes sociales" required {...form.getInputProps('name')} />
        <Textarea label="Objetivo" placeholder="Qué busca lograr la estrategia en la vigencia" autosize minRows={2} maxRows={6} {...form.getInputProps('objective')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={save.isPending}>
            {strategy ? 'Guardar estrategia' : 'Crear estrategia'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
