import { useState } from 'react'
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import type { ComputedFigures, IndicatorSheetDetail } from '../../../../shared/contract/indicators'
import { formatDate, isoDateInColombia } from '../../../../shared/dates'
import {
  formatIndicatorValue,
  isComputedSource,
  periodLabel,
  periodRange,
  recentPeriods,
  statusOf,
  type IndicatorFrequency
} from '../../../../shared/domain/indicators'
import { ErrorAlert } from '../../components/ErrorAlert'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { ComputedPreview } from './ComputedPreview'
import { INDICATOR_WRITES } from './queries'
import { StatusBadge } from './StatusBadge'

type Mode = 'fraccion' | 'valor'

interface Values {
  periodKey: string
  mode: Mode
  numerator: number | string
  denominator: number | string
  value: number | string
  analysis: string
}

const PERIODS_SHOWN: Record<IndicatorFrequency, number> = { mensual: 13, trimestral: 8, semestral: 6, anual: 5 }
const num = (v: number | string): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** Records a period: figures typed in for a manual sheet, or «Calcular» then record for a computed one. */
export function RecordMeasurementModal({ sheet, onClose }: { sheet: IndicatorSheetDetail; onClose: () => void }) {
  const computedSheet = isComputedSource(sheet.source)
  const today = isoDateInColombia(new Date())
  const periods = recentPeriods(sheet.frequency, today, PERIODS_SHOWN[sheet.frequency])
  const recorded = new Map(sheet.measurements.map((m) => [m.periodKey, m]))
  const form = useForm<Values>({
    initialValues: {
      periodKey: periods[1] ?? periods[0]!,
      mode: sheet.unit === 'porcentaje' ? 'fraccion' : 'valor',
      numerator: '',
      denominator: '',
      value: '',
      analysis: ''
    },
    validate: {
      numerator: (v, values) => (computedSheet || values.mode !== 'fraccion' || num(v) !== null ? null : 'Escriba el numerador.'),
      denominator: (v, values) => {
        if (computedSheet || values.mode !== 'fraccion') return null
        if (num(v) === null) return 'Escriba el denominador.'
        return v === 0 ? 'El denominador no puede ser cero: no hay datos en el periodo.' : null
      },
      value: (v, values) => (computedSheet || values.mode !== 'valor' || num(v) !== null ? null : 'Escriba el valor.')
    }
  })
  const [figures, setFigures] = useState<ComputedFigures | null>(null)
  const compute = useMutation({ mutationFn: api.indicators.compute, onSuccess: setFigures })
  const record = useApiMutation(api.indicators.record, {
    invalidates: INDICATOR_WRITES,
    success: (s) => `Se registró la medición de ${periodLabel(form.values.periodKey)} de «${s.name}».`,
    form,
    onSuccess: onClose
  })

  const v = form.values
  const preview =
    !computedSheet && v.mode === 'fraccion' && num(v.numerator) !== null && num(v.denominator)
      ? Math.round(((num(v.numerator)! / num(v.denominator)!) * (sheet.unit === 'porcentaje' ? 100 : 1)) * 100) / 100
      : !computedSheet && v.mode === 'valor'
        ? num(v.value)
        : null
  const existing = recorded.get(v.periodKey)
  const endsOn = periodRange(v.periodKey).to
  const open = endsOn > today
  const computedFor = figures?.periodKey === v.periodKey ? figures : null

  const submit = form.onSubmit((values) =>
    record.mutate({
      sheetId: sheet.id,
      periodKey: values.periodKey,
      analysis: values.analysis.trim(),
      ...(computedSheet
        ? {}
        : values.mode === 'fraccion'
          ? { numerator: num(values.numerator), denominator: num(values.denominator) }
          : { value: num(values.value) })
    })
  )

  return (
    <Modal opened onClose={onClose} title={`Registrar medición · ${sheet.name}`} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          <Select
            label="Periodo"
            required
            allowDeselect={false}
            data={periods.map((p) => ({ value: p, label: `${periodLabel(p)}${recorded.has(p) ? ' · ya registrado' : ''}` }))}
            {...form.getInputProps('periodKey')}
            data-autofocus
          />
          {open && (
            <Alert color="gray" variant="light">
              El periodo {periodLabel(v.periodKey)} termina el {formatDate(endsOn)}: se registra desde ese día.{computedSheet ? ' Mientras tanto, «Calcular» muestra cómo va.' : ''}
            </Alert>
          )}
          {existing && (
            <Alert color="blue" variant="light">
              Ya hay una medición de {existing.periodLabel} ({formatIndicatorValue(existing.value, sheet.unit)}). Al registrar, se reemplaza y queda en el historial.
            </Alert>
          )}
          {computedSheet ? (
            <>
              <Text size="xs" c="dimmed">
                Fórmula: {sheet.formula}
              </Text>
              <Group>
                <Button variant="light" loading={compute.isPending} onClick={() => compute.mutate({ sheetId: sheet.id, periodKey: v.periodKey })}>
                  Calcular
                </Button>
              </Group>
              {compute.isError && <ErrorAlert error={compute.error} title="No se pudo calcular" />}
              {computedFor && <ComputedPreview sheet={sheet} figures={computedFor} />}
            </>
          ) : (
            <>
              <SegmentedControl
                aria-label="Forma de registro"
                data={[
                  { value: 'fraccion', label: 'Numerador y denominador' },
                  { value: 'valor', label: 'Solo el resultado' }
                ]}
                {...form.getInputProps('mode')}
              />
              {v.mode === 'fraccion' ? (
                <SimpleGrid cols={2}>
                  <NumberInput label="Numerador" required min={0} decimalSeparator="," thousandSeparator="." {...form.getInputProps('numerator')} />
                  <NumberInput label="Denominador" required min={0} decimalSeparator="," thousandSeparator="." {...form.getInputProps('denominator')} />
                </SimpleGrid>
              ) : (
                <NumberInput label="Resultado del periodo" required decimalSeparator="," thousandSeparator="." {...form.getInputProps('value')} />
              )}
              <Text size="xs" c="dimmed">
                Fórmula: {sheet.formula}
              </Text>
              {preview !== null && (
                <Group gap="xs">
                  <Text size="sm">Resultado: {formatIndicatorValue(preview, sheet.unit)}</Text>
                  <StatusBadge status={statusOf(preview, sheet)} size="xs" />
                </Group>
              )}
            </>
          )}
          <Textarea
            label="Análisis del periodo"
            placeholder="Qué explica el resultado y qué se hará"
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('analysis')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={record.isPending} disabled={open || (computedSheet && computedFor?.value == null)}>
              Registrar medición
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
