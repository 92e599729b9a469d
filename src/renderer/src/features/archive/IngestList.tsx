import { useState } from 'react'
import { Button, Modal, Progress, Table, Text } from '@mantine/core'
import { formatDateTime } from '../../../../shared/dates'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { formatNumber } from './format'
import { IngestProgress } from './IngestProgress'
import { IngestStateBadge } from './IngestStateBadge'
import { useIngests } from './queries'

/** Recent ingests, newest first; a running one keeps updating here too. */
export function IngestList() {
  const ingests = useIngests()
  const [open, setOpen] = useState<number | null>(null)
  return (
    <QueryView query={ingests} loadingLabel="Cargando las ingestas">
      {(jobs) =>
        jobs.length === 0 ? (
          <EmptyState title="Aún no hay ingestas">Traiga el material de una tarjeta de memoria o una carpeta con «Ingestar material».</EmptyState>
        ) : (
          <>
            <Table.ScrollContainer minWidth={900} maxHeight="calc(100vh - 260px)">
              <Table stickyHeader highlightOnHover aria-label="Ingestas recientes">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={170}>Inicio</Table.Th>
                    <Table.Th>Origen</Table.Th>
                    <Table.Th w={120}>Estado</Table.Th>
                    <Table.Th w={150}>Avance</Table.Th>
                    <Table.Th ta="right">Catalogados</Table.Th>
                    <Table.Th ta="right">Duplicados</Table.Th>
                    <Table.Th ta="right">Fallidos</Table.Th>
                    <Table.Th>Por</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {jobs.map((j) => (
                    <Table.Tr key={j.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(j.startedAt)}</Table.Td>
                      <Table.Td maw={320}>
                        <Text size="sm" truncate title={j.sourcePath}>
                          {j.sourcePath}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <IngestStateBadge state={j.state} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">{`${formatNumber(j.doneFiles)} de ${formatNumber(j.totalFiles)}`}</Text>
                        <Progress value={j.totalFiles ? (j.doneFiles / j.totalFiles) * 100 : 0} size="sm" aria-hidden />
                      </Table.Td>
                      <Table.Td ta="right">{formatNumber(j.catalogued)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(j.duplicates)}</Table.Td>
                      <Table.Td ta="right" c={j.failed > 0 ? 'red' : undefined}>
                        {formatNumber(j.failed)}
                      </Table.Td>
                      <Table.Td>{j.createdByName}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="subtle" onClick={() => setOpen(j.id)} aria-label={`Ver la ingesta de ${j.sourcePath}`}>
                          Ver
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Modal opened={open !== null} onClose={() => setOpen(null)} title="Ingesta" size="xl">
              {open !== null && <IngestProgress id={open} />}
            </Modal>
          </>
        )
      }
    </QueryView>
  )
}
