import { useState } from 'react'
import { Grid, Paper, Stack, Title } from '@mantine/core'
import type { GeneratedFile } from '../../../shared/contract'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'
import { GeneratedFileView } from '../features/reports/GeneratedFileView'
import { PublicationsExport } from '../features/reports/PublicationsExport'
import { RecentFiles } from '../features/reports/RecentFiles'
import { ReportForm } from '../features/reports/ReportForm'
import { can } from '../features/reports/abilities'
import { useCurrentUser } from '../stores/session'

/** `pieceId`: opened from a piece's "Ficha (PDF)", which generates that piece's record at once. */
export function ReportsPage({ pieceId }: { pieceId?: number }) {
  const [current, setCurrent] = useState<GeneratedFile | null>(null)
  const allowed = can(useCurrentUser()?.role, 'generateReports')
  const header = (
    <PageHeader
      title="Informes"
      description="Informes en PDF con el encabezado institucional, para la Oficina de Planeación, el control interno y los archivos de la oficina."
    />
  )
  if (!allowed) {
    return (
      <>
        {header}
        <EmptyState title="Su rol no genera informes">Los informes los generan el jefe de la oficina y el equipo editorial.</EmptyState>
      </>
    )
  }
  return (
    <>
      {header}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="md">
              <Title order={4} mb="sm">
                Nuevo informe
              </Title>
              <ReportForm
                key={pieceId ?? 'nuevo'}
                preset={pieceId ? { kind: 'ficha_pieza', pieceId: String(pieceId) } : undefined}
                autoGenerate={pieceId !== undefined}
                onGenerated={setCurrent}
              />
            </Paper>
            <PublicationsExport />
            <RecentFiles selectedId={current?.id ?? null} onSelect={setCurrent} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {current ? (
            <GeneratedFileView key={current.id} file={current} />
          ) : (
            <EmptyState title="Aún no hay vista previa">
              Elija un informe y sus datos, y pulse «Generar vista previa». Podrá revisarlo página por página antes de guardarlo o
              enviarlo a la Oficina de Planeación.
            </EmptyState>
          )}
        </Grid.Col>
      </Grid>
    </>
  )
}
