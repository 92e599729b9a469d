import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { FindingDetail } from '../../../../shared/contract/improvement'
import { isoDateInColombia } from '../../../../shared/dates'
import { ACTION_TYPES, ACTION_TYPE_LABELS, FINDING_SOURCES, FINDING_SOURCE_LABELS, type ActionType, type FindingSource } from '../../../../shared/domain/improvement'
import { DateField } from '../../components/DateField'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { IMPROVEMENT_WRITES, useSourceOptions } from './queries'

interface Values {
  description: string
  source: FindingSource | null
  sourceDetail: string
  indicatorSheetId: string | null
  riskId: string | null
  cause: string
  actionType: ActionType | null
  identifiedOn: string | null
}

const SOURCE_OPTIONS = FINDING_SOURCES.map((s) => ({ value: s, label: FINDING_SOURCE_LABELS[s] }))
const ACTION_TYPE_OPTIONS = ACTION_TYPES.map((t) => ({ value: t, label: ACTION_TYPE_LABELS[t] }))

/** Registers a finding of the improvement plan, or edits `finding`. */
export function FindingFormModal({ finding, onClose, onSaved }: { finding: FindingDetail | null; onClose: () => void; onSaved?: (id: number) => void }) {
  const options = useSourceOptions()
  const form = useForm<Values>({
    initialValues: {
      description: finding?.description ?? '',
      source: finding?.source ?? null,
      sourceDetail: finding?.sourceDetail ?? '',
      indicatorSheetId: finding?.indicatorSheetId ? String(finding.indicatorSheetId) : null,
      riskId: finding?.riskId ? String(finding.riskId) : null,
      cause: finding?.cause ?? '',
      actionType: finding?.actionType ?? null,
      identifiedOn: finding?.identifiedOn ?? isoDateInColombia(new Date())
    },
    validate: {
      description: (v) => (v.trim() ? null : 'Describa el hallazgo.'),
      source: (v) => (v ? null : 'Elija la fuente del hallazgo.'),
      actionType: (v) => (v ? null : 'Elija el tipo de acción.'),
      identifiedOn: (v) => (v ? null : 'Escriba la fecha en que se identificó.')
    }
  })
  const save = useApiMutation(
    (v: Values) => {
      const fields = {
        description: v.description.trim(),
        source: v.source ?? 'otra',
        sourceDetail: v.sourceDetail.trim(),
        indicatorSheetId: v.source === 'indicador' && v.indicatorSheetId ? Number(v.indicatorSheetId) : null,
        riskId: v.source === 'riesgo' && v.riskId ? Number(v.riskId) : null,
        cause: v.cause.trim(),
        actionType: v.actionType ?? 'mejora',
        identifiedOn: v.identifiedOn ?? ''
      }
      return finding ? api.improvement.update({ ...fields, id: finding.id }) : api.improvement.create(fields)
    },
    {
      invalidates: IMPROVEMENT_WRITES,
      success: (f) => (finding ? `Se guardó el hallazgo H${f.number}.` : `Se registró el hallazgo H${f.number}. Agregue ahora sus acciones.`),
      form,
      onSuccess: (f) => {
        onSaved?.(f.id)
        onClose()
      }
    }
  )
  const source = form.values.source
  return (
    <Modal opened onClose={onClose} title={finding ? `Editar el hallazgo H${finding.number}` : 'Nuevo hallazgo'} size="xl">
      <form noValidate onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <Textarea label="Hallazgo" required autosize minRows={2} data-autofocus maxLength={1000} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label="Fuente" required data={SOURCE_OPTIONS} {...form.getInputProps('source')} />
            <Select label="Tipo de acción" required data={ACTION_TYPE_OPTIONS} {...form.getInputProps('actionType')} />
            <DateField label="Fecha de identificación" required {...form.getInputProps('identifiedOn')} />
          </SimpleGrid>
          {source === 'indicador' && (
            <Select
              label="Indicador"
              placeholder={options.data?.indicators.length === 0 ? 'Aún no hay hojas de indicador' : 'Opcional'}
              clearable
              searchable
              data={(options.data?.indicators ?? []).map((i) => ({ value: String(i.id), label: i.name }))}
              {...form.getInputProps('indicatorSheetId')}
            />
          )}
          {source === 'riesgo' && (
            <Select
              label="Riesgo de la matriz"
              placeholder={options.data?.risks.length === 0 ? 'Aún no hay riesgos en la matriz' : 'Opcional'}
              clearable
              searchable
              data={(options.data?.risks ?? []).map((r) => ({ value: String(r.id), label: `R${r.number} · ${r.description}` }))}
              {...form.getInputProps('riskId')}
            />
          )}
          <TextInput label="Detalle de la fuente" placeholder="P. ej. «Auditoría interna de gestión 2026»" maxLength={300} {...form.getInputProps('sourceDetail')} />
          <Textarea label="Causa" description="Análisis de causa del hallazgo" autosize minRows={2} maxLength={2000} {...form.getInputProps('cause')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              {finding ? 'Guardar hallazgo' : 'Registrar hallazgo'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
