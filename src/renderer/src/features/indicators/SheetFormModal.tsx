import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { IndicatorSheetDetail } from '../../../../shared/contract/indicators'
import {
  COMPUTED_SOURCES,
  INDICATOR_DIRECTIONS,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_FREQUENCIES,
  INDICATOR_FREQUENCY_LABELS,
  INDICATOR_SOURCES,
  INDICATOR_SOURCE_LABELS,
  INDICATOR_TYPES,
  INDICATOR_TYPE_LABELS,
  INDICATOR_UNITS,
  INDICATOR_UNIT_LABELS,
  isComputedSource,
  thresholdProblem,
  type IndicatorDirection,
  type IndicatorFrequency,
  type IndicatorSource,
  type IndicatorType,
  type IndicatorUnit
} from '../../../../shared/domain/indicators'
import { UserSelect } from '../../components/UserSelect'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { INDICATOR_WRITES } from './queries'

interface Values {
  name: string
  objective: string
  source: IndicatorSource
  formula: string
  type: IndicatorType | null
  frequency: IndicatorFrequency | null
  unit: IndicatorUnit
  direction: IndicatorDirection
  goal: number | string
  criticalLimit: number | string
  responsibleId: number | null
  active: boolean
}

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }))
const SOURCE_OPTIONS = [
  { group: 'Registro', items: [{ value: 'manual', label: INDICATOR_SOURCE_LABELS.manual }] },
  { group: 'Calculado por Pauta con sus datos', items: INDICATOR_SOURCES.filter(isComputedSource).map((s) => ({ value: s, label: INDICATOR_SOURCE_LABELS[s] })) }
]

const isNumber = (v: number | string): v is number => typeof v === 'number' && Number.isFinite(v)

/** Creates an indicator sheet (hoja de vida), or edits `sheet`. */
export function SheetFormModal({ sheet, onClose, onSaved }: { sheet: IndicatorSheetDetail | null; onClose: () => void; onSaved?: (id: number) => void }) {
  const measured = (sheet?.measurements.length ?? 0) > 0
  const form = useForm<Values>({
    initialValues: {
      name: sheet?.name ?? '',
      objective: sheet?.objective ?? '',
      source: sheet?.source ?? 'manual',
      formula: sheet?.formula ?? '',
      type: sheet?.type ?? null,
      frequency: sheet?.frequency ?? null,
      unit: sheet?.unit ?? 'porcentaje',
      direction: sheet?.direction ?? 'mayor',
      goal: sheet?.goal ?? '',
      criticalLimit: sheet?.criticalLimit ?? '',
      responsibleId: sheet?.responsibleId ?? null,
      active: sheet?.active ?? true
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Escriba el nombre del indicador.'),
      formula: (v) => (v.trim() ? null : 'Escriba la fórmula como la usa la entidad.'),
      type: (v) => (v ? null : 'Elija el tipo de indicador.'),
      frequency: (v) => (v ? null : 'Elija la frecuencia de medición.'),
      goal: (v) => (isNumber(v) ? null : 'Escriba la meta.'),
      criticalLimit: (v, values) => {
        if (!isNumber(v)) return 'Escriba el límite crítico.'
        return isNumber(values.goal) ? thresholdProblem({ direction: values.direction, goal: values.goal, criticalLimit: v }) : null
      },
      responsibleId: (v) => (v ? null : 'Elija la persona responsable.')
    }
  })
  const save = useApiMutation(api.indicators.saveSheet, {
    invalidates: INDICATOR_WRITES,
    success: (s) => (sheet ? `Se guardó la hoja de vida de «${s.name}».` : `Se creó el indicador «${s.name}».`),
    form,
    onSuccess: (s) => {
      onSaved?.(s.id)
      onClose()
    }
  })

  const chooseSource = (value: string | null) => {
    const source = (value ?? 'manual') as IndicatorSource
    form.setFieldValue('source', source)
    if (isComputedSource(source)) {
      const preset = COMPUTED_SOURCES[source]
      form.setFieldValue('unit', preset.unit)
      form.setFieldValue('direction', preset.direction)
      form.setFieldValue('formula', preset.formula)
      if (!form.values.name.trim()) form.setFieldValue('name', INDICATOR_SOURCE_LABELS[source])
    }
  }

  const submit = form.onSubmit((v) =>
    save.mutate({
      ...(sheet ? { id: sheet.id } : {}),
      name: v.name.trim(),
      objective: v.objective.trim(),
      formula: v.formula.trim(),
      type: v.type ?? 'eficacia',
      frequency: v.frequency ?? 'mensual',
      unit: v.unit,
      direction: v.direction,
      goal: Number(v.goal),
      criticalLimit: Number(v.criticalLimit),
      responsibleId: v.responsibleId ?? 0,
      source: v.source,
      active: v.active
    })
  )
  const computed = isComputedSource(form.values.source)
  const lockedHint = measured ? 'No se puede cambiar: ya hay mediciones.' : undefined

  return (
    <Modal opened onClose={onClose} title={sheet ? `Editar «${sheet.name}»` : 'Nuevo indicador'} size="xl">
      <form noValidate onSubmit={submit}>
        <Stack>
          <TextInput label="Nombre del indicador" required data-autofocus maxLength={200} {...form.getInputProps('name')} />
          <Textarea label="Objetivo" placeholder="Qué mide y para qué" autosize minRows={2} maxLength={1000} {...form.getInputProps('objective')} />
          <Select
            label="Fuente de los datos"
            required
            data={SOURCE_OPTIONS}
            disabled={measured}
            description={lockedHint ?? (computed ? 'Pauta calcula cada periodo con sus propios registros.' : 'La persona responsable escribe las cifras de cada periodo.')}
            {...form.getInputProps('source')}
            onChange={chooseSource}
          />
          <Textarea label="Fórmula" required autosize minRows={2} maxLength={500} {...form.getInputProps('formula')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label="Tipo" required data={options(INDICATOR_TYPES, INDICATOR_TYPE_LABELS)} {...form.getInputProps('type')} />
            <Select
              label="Frecuencia de medición"
              required
              disabled={measured}
              data={options(INDICATOR_FREQUENCIES, INDICATOR_FREQUENCY_LABELS)}
              {...form.getInputProps('frequency')}
            />
            <Select
              label="Unidad"
              required
              allowDeselect={false}
              disabled={measured || computed}
              data={options(INDICATOR_UNITS, INDICATOR_UNIT_LABELS)}
              {...form.getInputProps('unit')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label="Sentido" required allowDeselect={false} data={options(INDICATOR_DIRECTIONS, INDICATOR_DIRECTION_LABELS)} {...form.getInputProps('direction')} />
            <NumberInput label="Meta" required decimalSeparator="," thousandSeparator="." {...form.getInputProps('goal')} />
            <NumberInput label="Límite crítico" required decimalSeparator="," thousandSeparator="." {...form.getInputProps('criticalLimit')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Semáforo: verde (satisfactorio) desde la meta; rojo (crítico) desde el límite crítico; amarillo (en riesgo) entre los dos.
          </Text>
          <UserSelect
            label="Responsable de la medición"
            required
            preferRoles={['jefe', 'profesional', 'community_manager']}
            value={form.values.responsibleId}
            onChange={(id) => form.setFieldValue('responsibleId', id)}
            error={form.errors.responsibleId}
          />
          {sheet && <Switch label="Indicador activo (se sigue midiendo)" {...form.getInputProps('active', { type: 'checkbox' })} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              {sheet ? 'Guardar hoja de vida' : 'Crear indicador'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
