import { BarChart } from '@mantine/charts'
import type { IndicatorSheetDetail } from '../../../../shared/contract/indicators'
import { INDICATOR_STATUS_COLORS, formatIndicatorValue, periodShortLabel, statusOf } from '../../../../shared/domain/indicators'

/** The sheet's series: one bar per period in its traffic-light colour, with the goal and the critical limit as lines. */
export function SeriesChart({ sheet }: { sheet: IndicatorSheetDetail }) {
  const thresholds = { direction: sheet.direction, goal: sheet.goal, criticalLimit: sheet.criticalLimit }
  const data = sheet.measurements.map((m) => ({ periodo: periodShortLabel(m.periodKey), Valor: m.value }))
  const top = Math.max(sheet.goal, sheet.criticalLimit, ...sheet.measurements.map((m) => m.value))
  // SVG labels break at spaces: a no-break space keeps "92,31 %" on one line.
  const format = (v: number) => formatIndicatorValue(v, sheet.unit).replace(' ', '\u00a0')
  return (
    <BarChart
      h={280}
      data={data}
      dataKey="periodo"
      series={[{ name: 'Valor', label: sheet.name }]}
      getBarColor={(value) => `${INDICATOR_STATUS_COLORS[statusOf(value, thresholds)]}.6`}
      maxBarWidth={56}
      barChartProps={{ margin: { top: 16, right: 150, left: 0, bottom: 0 } }}
      valueFormatter={format}
      withBarValueLabel
      yAxisProps={{ domain: [0, sheet.unit === 'porcentaje' ? Math.max(100, Math.ceil(top)) : Math.ceil(top * 1.15)] }}
      referenceLines={[
        { y: sheet.goal, color: 'green.8', label: `Meta ${format(sheet.goal)}`, labelPosition: 'right', strokeDasharray: '6 4' },
        { y: sheet.criticalLimit, color: 'red.8', label: `Límite crítico ${format(sheet.criticalLimit)}`, labelPosition: 'right', strokeDasharray: '2 3' }
      ]}
      aria-label={`Serie de ${sheet.name} con la meta`}
    />
  )
}
