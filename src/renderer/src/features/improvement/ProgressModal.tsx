import { Button, Group, Modal, NumberInput, Slider, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { ImprovementAction } from '../../../../shared/contract/improvement'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { IMPROVEMENT_WRITES } from './queries'

interface Values {
  progress: number | string
  evidence: string
}

/** The responsible reports how far the action is, with the evidence that supports it. */
export function ProgressModal({ action, onClose }: { action: ImprovementAction; onClose: () => void }) {
  const form = useForm<Values>({
    initialValues: { progress: action.progress, evidence: '' },
    validate: {
      progress: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100 ? null : 'El avance va de 0 a 100 %.'),
      evidence: (v) => (v.trim() ? null : 'Describa la evidencia del avance.')
    }
  })
  const save = useApiMutation(api.improvement.recordProgress, {
    invalidates: IMPROVEMENT_WRITES,
    success: 'Se registró el avance de la acción.',
    form,
    onSuccess: onClose
  })
  const value = typeof form.values.progress === 'number' ? form.values.progress : 0
  return (
    <Modal opened onClose={onClose} title="Registrar avance" size="lg">
      <form noValidate onSubmit={form.onSubmit((v) => save.mutate({ actionId: action.id, progress: Number(v.progress), evidence: v.evidence.trim() }))}>
        <Stack>
          <Text size="sm" c="dimmed">
            {action.description}
          </Text>
          <NumberInput label="Avance (%)" required min={0} max={100} allowDecimal={false} allowNegative={false} suffix=" %" data-autofocus {...form.getInputProps('progress')} />
          <Slider value={value} onChange={(v) => form.setFieldValue('progress', v)} step={5} min={0} max={100} aria-label="Avance" label={(v) => `${v} %`} />
          <Textarea label="Evidencia" description="Qué se hizo y dónde consta" required autosize minRows={2} maxLength={2000} {...form.getInputProps('evidence')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              Guardar avance
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
