import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { RiskControl } from '../../../../shared/contract/risks'
import { isoDateInColombia } from '../../../../shared/dates'
import { DateField } from '../../components/DateField'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { RISK_WRITES } from './queries'

interface Values {
  followedOn: string | null
  executed: 'si' | 'no'
  evidence: string
  observation: string
}

/** The periodic follow-up of a control: was it executed, with which evidence. */
export function FollowUpModal({ control, onClose }: { control: RiskControl; onClose: () => void }) {
  const form = useForm<Values>({
    initialValues: { followedOn: isoDateInColombia(new Date()), executed: 'si', evidence: '', observation: '' },
    validate: {
      followedOn: (v) => (v ? null : 'Escriba la fecha del seguimiento.'),
      evidence: (v, all) => (all.executed === 'si' && !v.trim() ? 'Un control ejecutado deja evidencia: descríbala.' : null)
    }
  })
  const save = useApiMutation(api.risks.recordFollowUp, {
    invalidates: RISK_WRITES,
    success: 'Se registró el seguimiento del control.',
    form,
    onSuccess: onClose
  })
  return (
    <Modal opened onClose={onClose} title="Seguimiento del control" size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          save.mutate({ controlId: control.id, followedOn: v.followedOn ?? '', executed: v.executed === 'si', evidence: v.evidence.trim(), observation: v.observation.trim() })
        )}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {control.description}
          </Text>
          <DateField label="Fecha del seguimiento" required data-autofocus {...form.getInputProps('followedOn')} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="executed-label">
              ¿Se ejecutó el control?
            </Text>
            <SegmentedControl
              aria-labelledby="executed-label"
              data={[
                { value: 'si', label: 'Sí, se ejecutó' },
                { value: 'no', label: 'No se ejecutó' }
              ]}
              {...form.getInputProps('executed')}
            />
          </Stack>
          <TextInput label="Evidencia" placeholder="P. ej. «Actas de aprobación en Pauta»" maxLength={1000} {...form.getInputProps('evidence')} />
          <Textarea label="Observación" autosize minRows={2} maxLength={2000} {...form.getInputProps('observation')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              Registrar seguimiento
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
