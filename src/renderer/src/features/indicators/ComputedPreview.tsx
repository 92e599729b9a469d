import { Alert, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ComputedFigures, IndicatorSheetDetail } from '../../../../shared/contract/indicators'
import { formatIndicatorValue, statusOf } from '../../../../shared/domain/indicators'
import { StatusBadge } from './StatusBadge'

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={700}>
        {children}
      </Text>
    </Stack>
  )
}

/** What «Calcular» found for the period, before it is recorded. */
export function ComputedPreview({ sheet, figures }: { sheet: IndicatorSheetDetail; figures: ComputedFigures }) {
  if (figures.value === null) {
    return (
      <Alert color="yellow" title="Sin datos para calcular">
        {figures.detail}
      </Alert>
    )
  }
  const status = statusOf(figures.value, sheet)
  return (
    <Paper withBorder p="md" radius="md" aria-label="Resultado del cálculo">
      <SimpleGrid cols={3}>
        <Figure label="Numerador">{figures.numerator === null ? '—' : figures.numerator.toLocaleString('es-CO')}</Figure>
        <Figure label={figures.numerator === null ? 'Casos' : 'Denominador'}>{figures.denominator.toLocaleString('es-CO')}</Figure>
        <Figure label="Resultado">
          <Group gap="xs" component="span">
            {formatIndicatorValue(figures.value, sheet.unit)}
            <StatusBadge status={status} />
          </Group>
        </Figure>
      </SimpleGrid>
      <Text size="sm" mt="sm">
        {figures.detail}
      </Text>
    </Paper>
  )
}
