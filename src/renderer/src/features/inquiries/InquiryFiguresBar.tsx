import { Group, Loader, Paper, Progress, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import type { InquiryFigures } from '../../../../shared/contract/inquiries'
import { formatDate } from '../../../../shared/dates'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PERIOD_OPTIONS, type PeriodKey } from './period'
import { useInquiryFigures } from './queries'

const percent = (share: number) => `${Math.round(share * 100)} %`

function Figure({ label, value, hint, color }: { label: string; value: string | number; hint?: string; color?: string }) {
  return (
    <Stack gap={0} aria-label={`${label}: ${value}`} role="group">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} c={color} lh={1.2}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  )
}

function shareColor(share: number | null) {
  if (share === null) return undefined
  if (share >= 0.9) return 'teal.7'
  if (share >= 0.7) return 'orange.7'
  return 'red.7'
}

function Figures({ f }: { f: InquiryFigures }) {
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="lg">
      <Figure label="Recibidas" value={f.received} />
      <Figure label="Respondidas" value={f.answered} hint={f.answeredLate > 0 ? `${f.answeredLate} fuera del término` : undefined} />
      <Figure label="A tiempo" value={f.answeredInTerm} />
      <Stack gap={4}>
        <Figure
          label="Respondidas dentro del término"
          value={f.shareInTerm === null ? '—' : percent(f.shareInTerm)}
          color={shareColor(f.shareInTerm)}
          hint={f.pendingInTerm > 0 ? `${f.pendingInTerm} aún en término, sin contar` : undefined}
        />
        {f.shareInTerm !== null && <Progress value={f.shareInTerm * 100} color={shareColor(f.shareInTerm)?.split('.')[0]} size="sm" aria-hidden />}
      </Stack>
      <Figure label="Vencidas sin respuesta" value={f.overdueOpen} color={f.overdueOpen > 0 ? 'red.7' : undefined} />
    </SimpleGrid>
  )
}

/**
 * The control point "se deben responder todas las inquietudes" as a figure: of the inquiries
 * received in the period whose outcome is known, the share answered within their term.
 */
export function InquiryFiguresBar({ periodKey, period, onPeriod }: { periodKey: PeriodKey; period: { from: string; to: string }; onPeriod: (key: PeriodKey) => void }) {
  const query = useInquiryFigures(period)
  return (
    <Paper withBorder radius="md" p="md" mb="md" component="section" aria-label="Cumplimiento del término de respuesta">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Stack gap={2}>
          <Text fw={600}>Punto de control: se deben responder todas las inquietudes</Text>
          <Text size="sm" c="dimmed">
            Inquietudes recibidas del {formatDate(period.from)} al {formatDate(period.to)}.
          </Text>
        </Stack>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          {query.isFetching && <Loader size="xs" mb={8} aria-label="Actualizando cifras" />}
          <Select
            label="Periodo"
            data={PERIOD_OPTIONS}
            value={periodKey}
            onChange={(v) => v && onPeriod(v as PeriodKey)}
            allowDeselect={false}
            size="xs"
            w={180}
          />
        </Group>
      </Group>
      {query.isError ? (
        <ErrorAlert error={query.error} title="No se pudieron calcular las cifras" onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <Figures f={query.data} />
      ) : (
        <Loader size="sm" aria-label="Calculando cifras" />
      )}
    </Paper>
  )
}
