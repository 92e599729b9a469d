import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { RiskDetail } from '../../../../shared/contract/risks'
import { riskZone, type Level, type RiskType, type Treatment } from '../../../../shared/domain/risks'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { IMPACT_OPTIONS, PROBABILITY_OPTIONS, RISK_TYPE_OPTIONS, TREATMENT_OPTIONS } from './options'
import { RISK_WRITES } from './queries'
import { ZoneBadge } from './ZoneBadge'

interface Values {
  description: string
  type: RiskType | null
  causes: string
  consequences: string
  probability: string | null
  impact: string | null
  treatment: Treatment | null
}

/** Registers a risk of the matrix, or edits `risk`; shows the inherent zone as the levels are chosen. */
export function RiskFormModal({ risk, onClose, onSaved }: { risk: RiskDetail | null; onClose: () => void; onSaved?: (id: number) => void }) {
  const form = useForm<Values>({
    initialValues: {
      description: risk?.description ?? '',
      type: risk?.type ?? null,
      causes: risk?.causes ?? '',
      consequences: risk?.consequences ?? '',
      probability: risk ? String(risk.probability) : null,
      impact: risk ? String(risk.impact) : null,
      treatment: risk?.treatment ?? null
    },
    validate: {
      description: (v) => (v.trim() ? null : 'Describa el riesgo.'),
      type: (v) => (v ? null : 'Elija el tipo de riesgo.'),
      probability: (v) => (v ? null : 'Elija la probabilidad.'),
      impact: (v) => (v ? null : 'Elija el impacto.'),
      treatment: (v) => (v ? null : 'Elija el tratamiento.')
    }
  })
  const save = useApiMutation(
    (v: Values) => {
      const fields = {
        description: v.description.trim(),
        type: v.type ?? 'operativo',
        causes: v.causes.trim(),
        consequences: v.consequences.trim(),
        probability: Number(v.probability),
        impact: Number(v.impact),
        treatment: v.treatment ?? 'reducir'
      }
      return risk ? api.risks.update({ ...fields, id: risk.id }) : api.risks.create(fields)
    },
    {
      invalidates: RISK_WRITES,
      success: (r) => (risk ? `Se guardó el riesgo R${r.number}.` : `Se registró el riesgo R${r.number}.`),
      form,
      onSuccess: (r) => {
        onSaved?.(r.id)
        onClose()
      }
    }
  )
  const { probability, impact } = form.values
  const p = Number(probability) as Level
  const i = Number(impact) as Level
  return (
    <Modal opened onClose={onClose} title={risk ? `Editar el riesgo R${risk.number}` : 'Nuevo riesgo'} size="xl">
      <form noValidate onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <Textarea label="Riesgo" description="Qué podría pasar: «Posibilidad de… debido a…»" required autosize minRows={2} data-autofocus maxLength={500} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Tipo de riesgo" required data={RISK_TYPE_OPTIONS} {...form.getInputProps('type')} />
            <Select label="Tratamiento" required data={TREATMENT_OPTIONS} {...form.getInputProps('treatment')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea label="Causas" autosize minRows={2} maxLength={2000} {...form.getInputProps('causes')} />
            <Textarea label="Consecuencias" autosize minRows={2} maxLength={2000} {...form.getInputProps('consequences')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Probabilidad inherente" required data={PROBABILITY_OPTIONS} {...form.getInputProps('probability')} />
            <Select label="Impacto inherente" required data={IMPACT_OPTIONS} {...form.getInputProps('impact')} />
          </SimpleGrid>
          <Group gap="xs" aria-live="polite">
            <Text size="sm">Zona de riesgo inherente:</Text>
            {probability && impact ? <ZoneBadge zone={riskZone(p, i)} probability={p} impact={i} /> : <Text size="sm" c="dimmed">elija la probabilidad y el impacto</Text>}
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              {risk ? 'Guardar riesgo' : 'Registrar riesgo'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
