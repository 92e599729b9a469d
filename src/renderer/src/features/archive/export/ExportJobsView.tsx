import { useState } from 'react'
import { Button, Paper, Progress, Stack, Table, Text } from '@mantine/core'
import type { ExportJob } from '../../../../../shared/contract/archive-export'
import { formatDateTime } from '../../../../../shared/dates'
import { EmptyState } from '../../../components/EmptyState'
import { QueryView } from '../../../components/QueryView'
import { formatBytes, formatNumber } from '../format'
import { ExportJobView } from './ExportProgress'
import { ExportStateBadge } from './ExportStateBadge'
import { useExportJobs } from './queries'

const percent = (j: ExportJob) => (j.totalBytes > 0 ? (j.doneBytes / j.totalBytes) * 100 : 0)

function JobsTable({ jobs, selected, onSelect }: { jobs: ExportJob[]; selected: number; onSelect: (id: number) => void }) {
  return (
    <Table.ScrollContainer minWidth={820} maxHeight={340}>
      <Table stickyHeader highlightOnHover aria-label="Exportaciones">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>Inicio</Table.Th>
            <Table.Th>Paquete</Table.Th>
            <Table.Th ta="right">Materiales</Table.Th>
            <Table.Th ta="right">Tamaño</Table.Th>
            <Table.Th w={120}>Estado</Table.Th>
            <Table.Th>Por</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((j) => (
            <Table.Tr key={j.id} bg={j.id === selected ? 'var(--mantine-color-blue-light)' : undefined}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(j.startedAt)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {j.name}
                </Text>
                {j.state === 'en_curso' && <Progress value={percent(j)} size="sm" mt={4} aria-hidden />}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(j.totalFiles)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(j.totalBytes)}
              </Table.Td>
              <Table.Td>
                <ExportStateBadge state={j.state} />
              </Table.Td>
              <Table.Td>{j.createdByName}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" onClick={() => onSelect(j.id)} aria-label={`Ver la exportación «${j.name}» (${formatDateTime(j.startedAt)})`}>
                  Ver
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** The "Exportaciones" tab: the BagIt packages sent out of Pauta, and how each one went. */
export function ExportJobsView() {
  const jobs = useExportJobs()
  const [picked, setPicked] = useState<number | null>(null)
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={720}>
        Paquetes BagIt (RFC 8493) con los originales, sus metadatos y el manifiesto SHA-256, listos para una carpeta compartida o una transferencia
        al archivo central. Para exportar, seleccione materiales en la pestaña «Material» con «Seleccionar».
      </Text>
      <QueryView query={jobs} loadingLabel="Cargando las exportaciones">
        {(list) => {
          if (list.length === 0) {
            return <EmptyState title="Aún no hay exportaciones">Seleccione materiales en «Material» y elija «Exportar selección» en la barra de selección.</EmptyState>
          }
          const selected = list.find((j) => j.id === picked) ?? list[0]!
          return (
            <>
              <JobsTable jobs={list} selected={selected.id} onSelect={setPicked} />
              <Paper withBorder p="md" radius="md">
                <ExportJobView job={selected} />
              </Paper>
            </>
          )
        }}
      </QueryView>
    </Stack>
  )
}
