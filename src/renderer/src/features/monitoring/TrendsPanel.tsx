import { useState } from 'react'
import { BarChart } from '@mantine/charts'
import { Grid, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core'
import type { MonitoringTrends } from '../../../../shared/contract/monitoring'
import { formatDate } from '../../../../shared/dates'
import { TONE_COLORS, TONE_LABELS, TONES, TREND_GRANULARITY_LABELS, TREND_GRANULARITIES, type TrendGranularity } from '../../../../shared/domain/monitoring'
import { DateField } from '../../components/DateField'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { useTrends } from './queries'

const DAY_MS = 86_400_000
const daysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10)
const SERIES = TONES.map((t) => ({ name: t, label: TONE_LABELS[t], color: `${TONE_COLORS[t].mantine}.6` }))

/** How the tone of the coverage moves week by week or month by month, and what it talks about most. */
export function TrendsPanel({ today }: { today: string }) {
  const [granularity, setGranularity] = useState<TrendGranularity>('semana')
  const [from, setFrom] = useState<string | null>(daysBefore(today, 7 * 11))
  const [to, setTo] = useState<string | null>(today)
  const query = useTrends({ granularity, from, to })
  const inverted = from !== null && to !== null && to < from
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="trend-scale">
            Escala
          </Text>
          <SegmentedControl
            role="radiogroup"
            aria-labelledby="trend-scale"
            data={TREND_GRANULARITIES.map((g) => ({ value: g, label: TREND_GRANULARITY_LABELS[g] }))}
            value={granularity}
            onChange={(v) => {
              const next = v as TrendGranularity
              setGranularity(next)
              if (next === 'mes' && to) setFrom(`${daysBefore(to, 365).slice(0, 7)}-01`)
              if (next === 'semana' && to) setFrom(daysBefore(to, 7 * 11))
            }}
          />
        </Stack>
        <DateField label="Desde" value={from} onChange={setFrom} maxDate={today} clearable={false} w={160} />
        <DateField label="Hasta" value={to} onChange={setTo} maxDate={today} clearable={false} w={160} error={inverted ? 'Debe ser posterior a «Desde».' : undefined} />
      </Group>
      <QueryView query={query} loadingLabel="Calculando la tendencia">
        {(trends) => <TrendsView trends={trends} />}
      </QueryView>
    </Stack>
  )
}

function TrendsView({ trends }: { trends: MonitoringTrends }) {
  const total = trends.periods.reduce((sum, p) => sum + p.counts.total, 0)
  if (total === 0) {
    return (
      <EmptyState title="No hay notas en este rango">
        Entre el {formatDate(trends.from)} y el {formatDate(trends.to)} no se registraron notas. Amplíe el rango o registre las notas del día.
      </EmptyState>
    )
  }
  const data = trends.periods.map((p) => ({
    periodo: trends.granularity === 'semana' ? formatDate(p.start).slice(0, 5) : p.label.replace(/ de (\d{4})$/, ' $1'),
    positivo: p.counts.positivo,
    neutro: p.counts.neutro,
    negativo: p.counts.negativo
  }))
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Paper withBorder radius="md" p="md">
          <Title order={5} mb="xs">
            Notas por tono, {trends.granularity === 'semana' ? 'por semana (desde el lunes)' : 'por mes'}
          </Title>
          <BarChart
            h={300}
            data={data}
            dataKey="periodo"
            type="stacked"
            series={SERIES}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            tickLine="y"
            yAxisProps={{ allowDecimals: false }}
            aria-label={`Notas por tono ${trends.granularity === 'semana' ? 'por semana' : 'por mes'}`}
          />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Paper withBorder radius="md" p="md">
          <Title order={5} mb="xs">
            Temas con más notas
          </Title>
          <Table verticalSpacing={4} aria-label="Temas con más notas">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tema</Table.Th>
                <Table.Th ta="right">Notas</Table.Th>
                <Table.Th ta="right">Negativas</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trends.topTopics.map((t) => (
                <Table.Tr key={t.topic}>
                  <Table.Td>{t.topic}</Table.Td>
                  <Table.Td ta="right">{t.total}</Table.Td>
                  <Table.Td ta="right" c={t.negativo > 0 ? 'red' : undefined}>
                    {t.negativo}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </Grid.Col>
    </Grid>
  )
}
