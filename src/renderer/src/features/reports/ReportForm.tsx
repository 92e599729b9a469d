import { useEffect, useRef, type ReactNode } from 'react'
import { Button, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { MonthPickerInput } from '@mantine/dates'
import { useForm, type UseFormReturnType } from '@mantine/form'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import type { GeneratedFile, PlanSummary, ReportRequestInput } from '../../../../shared/contract'
import { isoDateInColombia } from '../../../../shared/dates'
import { REPORT_KINDS, REPORT_KIND_LABELS, type ReportKind } from '../../../../shared/domain/reports'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { DateField } from '../../components/DateField'
import { lastMonthStart, toIsoMonth } from './months'

export interface ReportValues {
  kind: ReportKind
  /** First day of the chosen month, as MonthPickerInput gives it ("aaaa-mm-01"). */
  month: string | null
  planId: string | null
  from: string | null
  to: string | null
  pieceId: string | null
}

const KIND_OPTIONS = REPORT_KINDS.map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))

const KIND_HELP: Record<ReportKind, string> = {
  mensual: 'Piezas producidas, publicaciones por canal, tiempos de aprobación, cumplimiento de fechas y estadísticas de redes del mes.',
  seguimiento_plan: 'Cada actividad del plan con su meta, lo ejecutado, el porcentaje y las alertas por desviación en el periodo.',
  inventario_archivo: 'El material del banco de archivo audiovisual por tipo, año, evento y serie documental.',
  ficha_pieza: 'El expediente completo de una pieza: versiones, revisiones con su lista de chequeo, publicaciones e historial.'
}

export function initialReportValues(today: string, preset?: Partial<ReportValues>): ReportValues {
  return { kind: 'mensual', month: lastMonthStart(today), planId: null, from: null, to: null, pieceId: null, ...preset }
}

function toRequest(v: ReportValues): ReportRequestInput | null {
  switch (v.kind) {
    case 'mensual':
      return v.month ? { kind: 'mensual', month: toIsoMonth(v.month) } : null
    case 'seguimiento_plan':
      return v.planId && v.from && v.to ? { kind: 'seguimiento_plan', planId: Number(v.planId), from: v.from, to: v.to } : null
    case 'inventario_archivo':
      return { kind: 'inventario_archivo' }
    case 'ficha_pieza':
      return v.pieceId ? { kind: 'ficha_pieza', pieceId: Number(v.pieceId) } : null
  }
}

/** Chooses a report and its parameters; main generates the PDF and the page previews it. */
export function ReportForm({
  preset,
  autoGenerate,
  onGenerated
}: {
  preset?: Partial<ReportValues>
  /** Generates right away (e.g. "Ficha (PDF)" from a piece's page). */
  autoGenerate?: boolean
  onGenerated: (file: GeneratedFile) => void
}) {
  const today = isoDateInColombia(new Date())
  const form = useForm<ReportValues>({
    initialValues: initialReportValues(today, preset),
    validate: {
      month: (v, all) => (all.kind === 'mensual' && !v ? 'Elija el mes del informe.' : null),
      planId: (v, all) => (all.kind === 'seguimiento_plan' && !v ? 'Elija el plan.' : null),
      from: (v, all) => (all.kind === 'seguimiento_plan' && !v ? 'Escriba la fecha inicial (dd/mm/aaaa).' : null),
      to: (v, all) =>
        all.kind !== 'seguimiento_plan'
          ? null
          : !v
            ? 'Escriba la fecha final (dd/mm/aaaa).'
            : all.from && v < all.from
              ? 'La fecha final no puede ser anterior a la inicial.'
              : null,
      pieceId: (v, all) => (all.kind === 'ficha_pieza' && !v ? 'Elija la pieza.' : null)
    }
  })
  // Main names fields by their path in the call ("request.month"); the form by the field alone.
  const fieldErrors = { setErrors: (e: Record<string, string>) => form.setErrors(Object.fromEntries(Object.entries(e).map(([k, m]) => [k.replace(/^request\./, ''), m]))) }
  const generate = useApiMutation((request: ReportRequestInput) => api.reports.generate({ request }), {
    invalidates: [['reports', 'recent']],
    form: fieldErrors,
    onSuccess: onGenerated
  })
  const submit = form.onSubmit((v) => {
    const request = toRequest(v)
    if (request) generate.mutate(request)
  })

  // Once, for the preset the page was opened with (the ref survives StrictMode's second mount).
  const started = useRef(false)
  useEffect(() => {
    if (!autoGenerate || started.current) return
    started.current = true
    submit()
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label="Informe"
          data={KIND_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('kind')}
          onChange={(v) => {
            form.setFieldValue('kind', (v ?? 'mensual') as ReportKind)
            form.clearErrors()
          }}
        />
        <Text size="xs" c="dimmed">
          {KIND_HELP[form.values.kind]}
        </Text>
        {form.values.kind === 'mensual' && (
          <MonthPickerInput label="Mes" placeholder="Elija el mes" required maxDate={today} valueFormat="MMMM [de] YYYY" {...form.getInputProps('month')} />
        )}
        {form.values.kind === 'seguimiento_plan' && <PlanFields form={form} today={today} />}
        {form.values.kind === 'ficha_pieza' && (
          <PieceField value={form.values.pieceId} onChange={(v) => form.setFieldValue('pieceId', v)} error={form.errors.pieceId} />
        )}
        <Button type="submit" leftSection={<IconFileTypePdf size={16} />} loading={generate.isPending} mt="xs">
          Generar vista previa
        </Button>
      </Stack>
    </form>
  )
}

type Form = UseFormReturnType<ReportValues>

function PlanFields({ form, today }: { form: Form; today: string }) {
  const plans = useQuery({ queryKey: ['plans', 'list'], queryFn: () => api.plans.list() })
  const choosePlan = (id: string | null) => {
    form.setFieldValue('planId', id)
    const plan = plans.data?.find((p) => String(p.id) === id)
    if (plan) {
      form.setFieldValue('from', plan.startsOn)
      form.setFieldValue('to', periodEnd(plan, today))
    }
  }
  return (
    <>
      <Select
        label="Plan"
        placeholder={plans.isPending ? 'Cargando planes…' : 'Seleccione'}
        required
        searchable
        nothingFoundMessage="No hay planes registrados"
        data={(plans.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
        {...form.getInputProps('planId')}
        onChange={choosePlan}
      />
      <SimpleGrid cols={2} spacing="sm">
        <DateField label="Desde" required {...form.getInputProps('from')} />
        <DateField label="Hasta" required {...form.getInputProps('to')} />
      </SimpleGrid>
    </>
  )
}

/** A plan is followed up to today while it runs, and to its end once it ended. */
const periodEnd = (plan: PlanSummary, today: string): string => (plan.endsOn < today ? plan.endsOn : today < plan.startsOn ? plan.startsOn : today)

function PieceField(props: { value: string | null; onChange: (v: string | null) => void; error: ReactNode }) {
  const pieces = useQuery({ queryKey: ['pieces', 'list', {}], queryFn: () => api.pieces.list({}) })
  return (
    <Select
      label="Pieza"
      placeholder={pieces.isPending ? 'Cargando piezas…' : 'Busque por código o título'}
      required
      searchable
      limit={50}
      nothingFoundMessage="Ninguna pieza coincide"
      data={(pieces.data ?? []).map((p) => ({ value: String(p.id), label: `${p.code} · ${p.title}` }))}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
    />
  )
}
