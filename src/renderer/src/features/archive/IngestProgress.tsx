import { useEffect, useRef } from 'react'
import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { IconPlayerPause, IconPlayerPlay, IconX } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import type { IngestJob } from '../../../../shared/contract'
import { INGEST_MODE_LABELS } from '../../../../shared/domain/archive'
import { formatDateTime } from '../../../../shared/dates'
import { QueryView } from '../../components/QueryView'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { formatMegabytes, formatNumber, formatTimeLeft } from './format'
import { IngestStateBadge } from './IngestStateBadge'
import { useIngest } from './queries'

const INGEST_WRITES = [['ingest'], ['archive']]

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="xs" radius="sm" aria-label={`${label}: ${value}`}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={value > 0 ? color : undefined}>
        {formatNumber(value)}
      </Text>
    </Paper>
  )
}

const percent = (done: number, total: number) => (total > 0 ? Math.min(100, (done / total) * 100) : 0)

function speedLine(job: IngestJob): string {
  if (job.state !== 'en_curso') return ''
  const parts: string[] = []
  if (job.filesPerSecond !== null) parts.push(`${job.filesPerSecond.toLocaleString('es-CO', { maximumFractionDigits: 1 })} archivos/s`)
  parts.push(job.secondsLeft !== null ? `quedan ${formatTimeLeft(job.secondsLeft)}` : 'calculando el tiempo restante…')
  return parts.join(' · ')
}

function Controls({ job }: { job: IngestJob }) {
  const pause = useApiMutation(() => api.ingest.pause({ id: job.id }), { invalidates: INGEST_WRITES, success: 'La ingesta quedó en pausa.' })
  const resume = useApiMutation(() => api.ingest.resume({ id: job.id }), { invalidates: INGEST_WRITES, success: 'La ingesta continúa.' })
  const cancel = useApiMutation(() => api.ingest.cancel({ id: job.id }), {
    invalidates: INGEST_WRITES,
    success: 'Se canceló la ingesta. Lo ya catalogado se conserva.'
  })
  if (job.state !== 'en_curso' && job.state !== 'pausada') return null
  return (
    <Group gap="xs">
      {job.state === 'en_curso' ? (
        <Button size="xs" variant="default" leftSection={<IconPlayerPause size={14} />} onClick={() => pause.mutate()} loading={pause.isPending}>
          Pausar
        </Button>
      ) : (
        <Button size="xs" leftSection={<IconPlayerPlay size={14} />} onClick={() => resume.mutate()} loading={resume.isPending}>
          Reanudar
        </Button>
      )}
      <Button size="xs" color="red" variant="light" leftSection={<IconX size={14} />} onClick={() => cancel.mutate()} loading={cancel.isPending}>
        Cancelar ingesta
      </Button>
    </Group>
  )
}

export function IngestJobView({ job }: { job: IngestJob }) {
  const queryClient = useQueryClient()
  // The grid and facets change as files are catalogued and their thumbnails made: refresh them
  // when the job changes state and again when its last preview is ready.
  const phase = `${job.state}:${job.previewsPending === 0}`
  const lastPhase = useRef(phase)
  useEffect(() => {
    if (lastPhase.current !== phase) void queryClient.invalidateQueries({ queryKey: ['archive'] })
    lastPhase.current = phase
  }, [phase, queryClient])

  return (
    <Stack gap="sm" aria-label="Progreso de la ingesta" role="region">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate title={job.sourcePath}>
            {job.sourcePath}
          </Text>
          <Text size="xs" c="dimmed">
            {INGEST_MODE_LABELS[job.mode]}
            {job.volumeLabel ? ` · unidad «${job.volumeLabel}»` : ''} · {formatDateTime(job.startedAt)} · {job.createdByName}
          </Text>
        </Stack>
        <IngestStateBadge state={job.state} />
      </Group>
      <Stack gap={4}>
        <Group justify="space-between">
          <Text size="sm">
            {`${formatNumber(job.doneFiles)} de ${formatNumber(job.totalFiles)} archivos · ${formatMegabytes(job.doneBytes)} de ${formatMegabytes(job.totalBytes)} MB`}
          </Text>
          <Text size="xs" c="dimmed">
            {speedLine(job)}
          </Text>
        </Group>
        <Progress
          value={percent(job.doneFiles, job.totalFiles)}
          animated={job.state === 'en_curso'}
          color={job.state === 'cancelada' ? 'gray' : job.failed > 0 ? 'orange' : 'indigo'}
          aria-label="Archivos procesados"
        />
        <Progress value={percent(job.doneBytes, job.totalBytes)} size="xs" color="teal" aria-label="Megabytes procesados" />
      </Stack>
      <SimpleGrid cols={4} spacing="xs">
        <Stat label="Catalogados" value={job.catalogued} color="green" />
        <Stat label="Duplicados" value={job.duplicates} color="yellow.8" />
        <Stat label="Fallidos" value={job.failed} color="red" />
        <Stat label="Vistas previas pendientes" value={job.previewsPending} />
      </SimpleGrid>
      {job.state === 'pausada' && (
        <Alert color="yellow" variant="light">
          La ingesta está en pausa. Al reanudarla sigue donde quedó, sin repetir archivos.
        </Alert>
      )}
      {job.state === 'terminada' && (
        <Text size="sm" c="green.8">
          {`Ingesta terminada${job.finishedAt ? ` el ${formatDateTime(job.finishedAt)}` : ''}: ${formatNumber(job.catalogued)} catalogados, ${formatNumber(job.duplicates)} duplicados, ${formatNumber(job.failed)} fallidos.`}
        </Text>
      )}
      <Controls job={job} />
      {job.failures.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Archivos que no se pudieron ingestar
          </Text>
          <Table.ScrollContainer minWidth={400} maxHeight={220}>
            <Table stickyHeader fz="xs" aria-label="Archivos que no se pudieron ingestar">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Archivo</Table.Th>
                  <Table.Th>Motivo</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {job.failures.map((f) => (
                  <Table.Tr key={f.path}>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{f.path}</Table.Td>
                    <Table.Td>{f.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  )
}

/** Follows one ingest, asking main every second while it runs. */
export function IngestProgress({ id }: { id: number }) {
  const job = useIngest(id)
  return (
    <QueryView query={job} loadingLabel="Cargando la ingesta">
      {(j) => <IngestJobView job={j} />}
    </QueryView>
  )
}
