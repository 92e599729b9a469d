import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { RiskControl, RiskDetail } from '../../../../shared/contract/risks'
import {
  controlRating,
  type ControlDocumentation,
  type ControlEvidence,
  type ControlFrequency,
  type ControlImplementation,
  type ControlType
} from '../../../../shared/domain/risks'
import { UserSelect } from '../../components/UserSelect'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { CONTROL_TYPE_OPTIONS, DOCUMENTATION_OPTIONS, EVIDENCE_OPTIONS, FREQUENCY_OPTIONS, IMPLEMENTATION_OPTIONS } from './options'
import { RISK_WRITES } from './queries'

interface Values {
  description: string
  responsibleId: number | null
  type: ControlType | null
  implementation: ControlImplementation | null
  documentation: ControlDocumentation | null
  frequency: ControlFrequency | null
  evidence: ControlEvidence | null
  active: boolean
}

const required = (message: string) => (v: unknown) => (v ? null : message)

/** Adds a control to `risk`, or edits `control`, showing the guide's rating as its attributes are chosen. */
export function ControlFormModal({ risk, control, onClose }: { risk: RiskDetail; control: RiskControl | null; onClose: () => void }) {
  const form = useForm<Values>({
    initialValues: {
      description: control?.description ?? '',
      responsibleId: control?.responsibleId ?? null,
      type: control?.type ?? null,
      implementation: control?.implementation ?? null,
      documentation: control?.documentation ?? 'documentado',
      frequency: control?.frequency ?? 'continua',
      evidence: control?.evidence ?? 'con_registro',
      active: control?.active ?? true
    },
    validate: {
      description: (v) => (v.trim() ? null : 'Describa el control: quién, qué hace y cuándo.'),
      responsibleId: required('Elija quién ejecuta el control.'),
      type: required('Elija el tipo de control.'),
      implementation: required('Elija cómo se implementa.'),
      documentation: required('Indique si está documentado.'),
      frequency: required('Elija la frecuencia.'),
      evidence: required('Indique si deja registro.')
    }
  })
  const save = useApiMutation(
    (v: Values) => {
      const fields = {
        description: v.description.trim(),
        responsibleId: v.responsibleId ?? 0,
        type: v.type ?? 'preventivo',
        implementation: v.implementation ?? 'manual',
        documentation: v.documentation ?? 'documentado',
        frequency: v.frequency ?? 'continua',
        evidence: v.evidence ?? 'con_registro'
      }
      return control ? api.risks.updateControl({ ...fields, id: control.id, active: v.active }) : api.risks.addControl({ ...fields, riskId: risk.id })
    },
    {
      invalidates: RISK_WRITES,
      success: (r) => `Se guardó el control. Riesgo residual de R${r.number}: zona ${r.residualZone}.`,
      form,
      onSuccess: onClose
    }
  )
  const { type, implementation } = form.values
  return (
    <Modal opened onClose={onClose} title={control ? 'Editar control' : `Nuevo control del riesgo R${risk.number}`} size="xl">
      <form noValidate onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <Textarea label="Control" description="Responsable, acción, propósito y qué pasa con las desviaciones" required autosize minRows={2} data-autofocus maxLength={1000} {...form.getInputProps('description')} />
          <UserSelect
            label="Responsable del control"
            required
            preferRoles={['jefe', 'profesional', 'community_manager']}
            value={form.values.responsibleId}
            onChange={(id) => form.setFieldValue('responsibleId', id)}
            error={form.errors.responsibleId}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Tipo de control" required data={CONTROL_TYPE_OPTIONS} {...form.getInputProps('type')} />
            <Select label="Implementación" required data={IMPLEMENTATION_OPTIONS} {...form.getInputProps('implementation')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label="Documentación" required data={DOCUMENTATION_OPTIONS} {...form.getInputProps('documentation')} />
            <Select label="Frecuencia" required data={FREQUENCY_OPTIONS} {...form.getInputProps('frequency')} />
            <Select label="Evidencia" required data={EVIDENCE_OPTIONS} {...form.getInputProps('evidence')} />
          </SimpleGrid>
          <Text size="sm" aria-live="polite">
            {type && implementation
              ? `Calificación del control: ${controlRating({ type, implementation })} % (${type === 'correctivo' ? 'reduce el impacto' : 'reduce la probabilidad'}).`
              : 'Elija el tipo y la implementación para ver la calificación del control.'}
          </Text>
          {control && <Switch label="Control en vigor (reduce el riesgo residual)" {...form.getInputProps('active', { type: 'checkbox' })} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              {control ? 'Guardar control' : 'Agregar control'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
