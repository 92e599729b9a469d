import { Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import type { IndicatorSheetDetail } from '../../../../shared/contract/indicators'
import {
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_FREQUENCY_LABELS,
  INDICATOR_SOURCE_LABELS,
  INDICATOR_TYPE_LABELS,
  INDICATOR_UNIT_LABELS,
  formatIndicatorValue
} from '../../../../shared/domain/indicators'

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  )
}

/** The hoja de vida: what the indicator measures, how, and where its thresholds are. */
export function SheetFacts({ sheet }: { sheet: IndicatorSheetDetail }) {
  const v = (n: number) => formatIndicatorValue(n, sheet.unit)
  const better = sheet.direction === 'mayor'
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Hoja de vida">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Fact label="Objetivo">{sheet.objective || 'Sin objetivo registrado'}</Fact>
          <Fact label="Fórmula">{sheet.formula}</Fact>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Fact label="Tipo">{INDICATOR_TYPE_LABELS[sheet.type]}</Fact>
          <Fact label="Frecuencia">{INDICATOR_FREQUENCY_LABELS[sheet.frequency]}</Fact>
          <Fact label="Unidad">{INDICATOR_UNIT_LABELS[sheet.unit]}</Fact>
          <Fact label="Sentido">{INDICATOR_DIRECTION_LABELS[sheet.direction]}</Fact>
          <Fact label="Meta (verde)">
            {better ? '≥ ' : '≤ '}
            {v(sheet.goal)}
          </Fact>
          <Fact label="En riesgo (amarillo)">
            {better ? `${v(sheet.criticalLimit)} a ${v(sheet.goal)}` : `${v(sheet.goal)} a ${v(sheet.criticalLimit)}`}
          </Fact>
          <Fact label="Crítico (rojo)">
            {better ? '≤ ' : '≥ '}
            {v(sheet.criticalLimit)}
          </Fact>
          <Fact label="Responsable">{sheet.responsibleName}</Fact>
        </SimpleGrid>
        <Fact label="Fuente de los datos">{INDICATOR_SOURCE_LABELS[sheet.source]}</Fact>
      </Stack>
    </Paper>
  )
}
