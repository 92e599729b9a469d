import { useState } from 'react'
import { Button, Group, Loader, Modal, Paper, Select, Stack, Table, Text, Title } from '@mantine/core'
import type { ContentVersionSummary, PieceDetail } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { EmptyState } from '../../components/EmptyState'
import { ErrorAlert } from '../../components/ErrorAlert'
import { RichTextView } from './RichTextView'
import { VersionDiff } from './VersionDiff'
import { useContentVersion } from './queries'
import { newestFirst } from './versions'

function Comparison({ beforeId, afterId }: { beforeId: number; afterId: number }) {
  const before = useContentVersion(beforeId)
  const after = useContentVersion(afterId)
  if (before.isError || after.isError) return <ErrorAlert error={before.error ?? after.error} title="No se pudieron cargar las versiones" />
  if (before.isPending || after.isPending) return <Loader size="sm" aria-label="Cargando las versiones" />
  return <VersionDiff before={before.data.text} after={after.data.text} label={`Cambios de la versión ${before.data.number} a la ${after.data.number}`} />
}

function CompareVersions({ versions }: { versions: ContentVersionSummary[] }) {
  const sorted = newestFirst(versions)
  const [afterId, setAfterId] = useState<number>(sorted[0]!.id)
  const [beforeId, setBeforeId] = useState<number>(sorted[1]!.id)
  const options = sorted.map((v) => ({ value: String(v.id), label: `Versión ${v.number} · ${formatDateTime(v.createdAt)}` }))
  return (
    <Stack gap="sm">
      <Title order={4}>Comparar versiones</Title>
      <Group align="flex-end">
        <Select label="Versión anterior" data={options} value={String(beforeId)} onChange={(v) => v && setBeforeId(Number(v))} allowDeselect={false} w={280} />
        <Select label="Versión nueva" data={options} value={String(afterId)} onChange={(v) => v && setAfterId(Number(v))} allowDeselect={false} w={280} />
      </Group>
      {beforeId === afterId ? (
        <Text size="sm" c="dimmed">
          Elija dos versiones distintas para ver sus diferencias.
        </Text>
      ) : (
        <Comparison beforeId={beforeId} afterId={afterId} />
      )}
    </Stack>
  )
}

function VersionModal({ version, onClose }: { version: ContentVersionSummary | null; onClose: () => void }) {
  const full = useContentVersion(version?.id ?? null)
  return (
    <Modal opened={version !== null} onClose={onClose} title={version ? `Versión ${version.number} del contenido` : ''} size="xl">
      {full.isError ? (
        <ErrorAlert error={full.error} />
      ) : full.isPending ? (
        <Loader size="sm" aria-label="Cargando la versión" />
      ) : (
        <RichTextView html={full.data.html} label={`Texto de la versión ${full.data.number}`} />
      )}
    </Modal>
  )
}

export function VersionsTab({ piece }: { piece: PieceDetail }) {
  const [viewing, setViewing] = useState<ContentVersionSummary | null>(null)
  if (piece.contentVersions.length === 0) {
    return <EmptyState title="Aún no hay versiones del contenido">Cada vez que se guarda el texto queda una versión numerada que se puede consultar y comparar.</EmptyState>
  }
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md">
        <Table verticalSpacing="xs" aria-label="Versiones del contenido">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Versión</Table.Th>
              <Table.Th>Autor(a)</Table.Th>
              <Table.Th>Fecha</Table.Th>
              <Table.Th>Nota</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst(piece.contentVersions).map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td fw={600}>{v.number}</Table.Td>
                <Table.Td>{v.authorName}</Table.Td>
                <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
                <Table.Td c={v.note ? undefined : 'dimmed'}>{v.note || 'Sin nota'}</Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="subtle" onClick={() => setViewing(v)} aria-label={`Ver la versión ${v.number}`}>
                    Ver
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {piece.contentVersions.length > 1 ? (
        <CompareVersions versions={piece.contentVersions} />
      ) : (
        <Text size="sm" c="dimmed">
          Cuando haya dos o más versiones podrá compararlas palabra por palabra aquí.
        </Text>
      )}
      <VersionModal version={viewing} onClose={() => setViewing(null)} />
    </Stack>
  )
}
