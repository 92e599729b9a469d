import { Alert, Group, List, Loader, Paper, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconPlugConnectedX } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ExportPreview } from '../../../../../shared/contract/archive-export'
import { CONSENT_LABELS } from '../../../../../shared/domain/archive'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { formatBytes, formatNumber } from '../format'

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`

/** What the package will hold, and what the person should know before sending it out of Pauta. */
export function ExportPreviewSummary({ query }: { query: UseQueryResult<ExportPreview> }) {
  if (query.isPending) {
    return (
      <Group gap="xs">
        <Loader size="xs" aria-label="Calculando la selección" />
        <Text size="sm" c="dimmed">
          Calculando la selección…
        </Text>
      </Group>
    )
  }
  if (query.isError) return <ErrorAlert error={query.error} title="No se pudo calcular la selección" onRetry={() => void query.refetch()} />
  const p = query.data
  if (p.count === 0) {
    return (
      <Alert color="gray" title="La selección está vacía">
        No hay material para exportar. Cambie la búsqueda o seleccione materiales en el archivo.
      </Alert>
    )
  }
  return (
    <Stack>
      <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)">
        <Text size="sm">
          Se exportarán <b>{plural(p.count, 'material', 'materiales')}</b> ({formatBytes(p.totalBytes)}) con sus metadatos (CSV y JSON), el
          manifiesto SHA-256 y bag-info.txt.
        </Text>
      </Paper>
      {p.offline > 0 && (
        <Alert color="red" icon={<IconPlugConnectedX size={18} />} title="Hay originales que no se pueden leer ahora">
          {plural(p.offline, 'original está', 'originales están')} en una unidad desconectada o no se encuentra. Conecte la unidad antes de
          exportar: la exportación se detiene si falta un original.
        </Alert>
      )}
      {p.consentIssueCount > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Autorización de uso de imagen sin resolver">
          <Text size="sm">
            {plural(p.consentIssueCount, 'material tiene', 'materiales tienen')} la autorización pendiente, vencida o negada. Se exportarán, y el
            paquete lo dirá en bag-info.txt y en los metadatos; no los publique sin la autorización.
          </Text>
          <List size="sm" mt="xs">
            {p.consentIssues.map((c) => (
              <List.Item key={c.assetId}>
                {c.title} — {CONSENT_LABELS[c.consent]}
              </List.Item>
            ))}
            {p.consentIssueCount > p.consentIssues.length && <List.Item>y {formatNumber(p.consentIssueCount - p.consentIssues.length)} más</List.Item>}
          </List>
        </Alert>
      )}
    </Stack>
  )
}
