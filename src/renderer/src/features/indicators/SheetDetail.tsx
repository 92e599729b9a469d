import { useState } from 'react'
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react'
import type { IndicatorSheetDetail } from '../../../../shared/contract/indicators'
import { isComputedSource } from '../../../../shared/domain/indicators'
import { QueryView } from '../../components/QueryView'
import { useCurrentUser } from '../../stores/session'
import { MeasurementsTable } from './MeasurementsTable'
import { RecordMeasurementModal } from './RecordMeasurementModal'
import { SeriesChart } from './SeriesChart'
import { SheetFacts } from './SheetFacts'
import { SheetFormModal } from './SheetFormModal'
import { SheetHistory } from './SheetHistory'
import { StatusBadge } from './StatusBadge'
import { useIndicatorSheet } from './queries'

function Sheet({ sheet, onBack }: { sheet: IndicatorSheetDetail; onBack: () => void }) {
  const user = useCurrentUser()
  const [modal, setModal] = useState<'record' | 'edit' | null>(null)
  return (
    <Stack gap="md">
      <Group>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack} px={0}>
          Volver a los indicadores
        </Button>
      </Group>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={2}>{sheet.name}</Title>
          <Group gap="xs">
            {sheet.last && <StatusBadge status={sheet.last.status} size="md" />}
            {isComputedSource(sheet.source) && (
              <Badge variant="dot" color="indigo">
                Calculado por Pauta
              </Badge>
            )}
            {!sheet.active && (
              <Badge color="gray" variant="light">
                Inactivo
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="sm">
          {user?.role === 'jefe' && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setModal('edit')}>
              Editar hoja de vida
            </Button>
          )}
          {sheet.canRecord && sheet.active && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setModal('record')}>
              Registrar medición
            </Button>
          )}
        </Group>
      </Group>
      <SheetFacts sheet={sheet} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="serie-title">
        <Title order={3} size="h4" id="serie-title" mb="sm">
          Serie y meta
        </Title>
        {sheet.measurements.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aún no hay mediciones. {sheet.canRecord ? 'Registre la primera con «Registrar medición».' : `${sheet.responsibleName} registra las mediciones de este indicador.`}
          </Text>
        ) : (
          <SeriesChart sheet={sheet} />
        )}
      </Paper>
      {sheet.measurements.length > 0 && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="mediciones-title">
          <Title order={3} size="h4" id="mediciones-title" mb="sm">
            Mediciones
          </Title>
          <MeasurementsTable sheet={sheet} />
        </Paper>
      )}
      {user?.role === 'jefe' && <SheetHistory sheetId={sheet.id} />}
      {modal === 'record' && <RecordMeasurementModal sheet={sheet} onClose={() => setModal(null)} />}
      {modal === 'edit' && <SheetFormModal sheet={sheet} onClose={() => setModal(null)} />}
    </Stack>
  )
}

/** One indicator: its hoja de vida, its series against the goal and its measurements. */
export function SheetDetail({ id, onBack }: { id: number; onBack: () => void }) {
  const query = useIndicatorSheet(id)
  return (
    <QueryView query={query} loadingLabel="Cargando el indicador">
      {(sheet) => <Sheet sheet={sheet} onBack={onBack} />}
    </QueryView>
  )
}
