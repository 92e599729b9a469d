import { Alert, Button, Code, Group, Progress, Stack, Text } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import type { ExportJob } from '../../../../../shared/contract/archive-export'
import { formatDateTime } from '../../../../../shared/dates'
import { QueryView } from '../../../components/QueryView'
import { api } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'
import { formatMegabytes, formatNumber } from '../format'
import { ExportStateBadge } from './ExportStateBadge'
import { useExportJob } from './queries'

const percent = (done: number, total: number) => (total > 0 ? Math.min(100, (done / total) * 100) : 0)

function Outcome({ job }: { job: ExportJob }) {
  if (job.state === 'terminada') {
    return (
      <Alert color="green" title="Paquete listo">
        <Text size="sm">
          {`Se exportaron ${formatNumber(job.totalFiles)} originales${job.finishedAt ? ` el ${formatDateTime(job.finishedAt)}` : ''}, verificados contra su SHA-256. El paquete está en:`}
        </Text>
        <Code block mt={6} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {job.bagPath}
        </Code>
        {job.consentIssueCount > 0 && (
          <Text size="sm" mt={6} c="orange.8">
            {job.consentIssueCount === 1
              ? '1 material no tiene autorización de uso de imagen vigente; bag-info.txt y los metadatos lo indican.'
              : `${formatNumber(job.consentIssueCount)} materiales no tienen autorización de uso de imagen vigente; bag-info.txt y los metadatos lo indican.`}
          </Text>
        )}
      </Alert>
    )
  }
  if (job.state === 'fallida' || job.state === 'interrumpida') {
    return (
      <Alert color={job.state === 'fallida' ? 'red' : 'orange'} title={job.state === 'fallida' ? 'La exportación se detuvo' : 'La exportación quedó interrumpida'}>
        <Text size="sm">{job.error}</Text>
        <Text size="sm" mt={4}>
          No quedó ningún paquete a medio escribir en el destino. Corrija la causa y exporte de nuevo.
        </Text>
      </Alert>
    )
  }
  if (job.state === 'cancelada') {
    return (
      <Alert color="gray" title="Exportación cancelada">
        Se borró lo que alcanzó a escribirse; el destino quedó como estaba.
      </Alert>
    )
  }
  return null
}

export function ExportJobView({ job }: { job: ExportJob }) {
  const cancel = useApiMutation(() => api.archiveExport.cancel({ id: job.id }), {
    invalidates: [['archiveExport']],
    success: 'Se canceló la exportación.'
  })
  return (
    <Stack gap="sm" role="region" aria-label={`Exportación ${job.name}`}>
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate title={job.name}>
            {job.name}
          </Text>
          <Text size="xs" c="dimmed" truncate title={job.destinationPath}>
            {`${job.destinationPath} · ${formatDateTime(job.startedAt)} · ${job.createdByName}`}
          </Text>
        </Stack>
        <ExportStateBadge state={job.state} />
      </Group>
      {job.state === 'en_curso' && (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm">
              {`${formatNumber(job.doneFiles)} de ${formatNumber(job.totalFiles)} originales · ${formatMegabytes(job.doneBytes)} de ${formatMegabytes(job.totalBytes)} MB`}
            </Text>
            <Text size="sm" fw={600}>
              {`${Math.floor(percent(job.doneBytes, job.totalBytes))} %`}
            </Text>
          </Group>
          <Progress value={percent(job.doneBytes, job.totalBytes)} animated aria-label="Avance de la exportación" />
          <Group justify="flex-end">
            <Button size="xs" color="red" variant="light" leftSection={<IconX size={14} />} onClick={() => cancel.mutate()} loading={cancel.isPending}>
              Cancelar exportación
            </Button>
          </Group>
        </Stack>
      )}
      <Outcome job={job} />
    </Stack>
  )
}

/** Follows one export while it runs. */
export function ExportProgress({ id }: { id: number }) {
  const job = useExportJob(id)
  return (
    <QueryView query={job} loadingLabel="Cargando la exportación">
      {(j) => <ExportJobView job={j} />}
    </QueryView>
  )
}
