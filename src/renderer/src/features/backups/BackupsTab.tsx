import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconDatabaseExport } from '@tabler/icons-react'
import type { BackupItem, BackupStatus } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { formatFileSize } from '../pieces/format'
import { BackupSettingsForm } from './BackupSettingsForm'
import { RestoreModal } from './RestoreModal'
import { RETENTION_SENTENCE, TIER_COLORS, TIER_LABELS } from './tiers'

/** The daily copies of the database: where they go, the last one, and restoring one. */
export function BackupsTab() {
  const query = useQuery({ queryKey: ['backups', 'status'], queryFn: () => api.backups.status() })
  return <QueryView query={query} loadingLabel="Cargando copias de seguridad">{(status) => <Backups status={status} />}</QueryView>
}

function Backups({ status }: { status: BackupStatus }) {
  const [restoring, setRestoring] = useState<BackupItem | null>(null)
  const runNow = useApiMutation(() => api.backups.runNow(), {
    invalidates: [['backups'], ['delivery', 'outbox']],
    success: (s) => (s.lastError ? null : `Copia hecha el ${formatDateTime(s.lastBackupAt)}`)
  })

  return (
    <Stack gap="lg" maw={1000}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={4}>Última copia</Title>
            <Text size="sm" fw={500}>
              {status.lastBackupAt ? formatDateTime(status.lastBackupAt) : 'Aún no se ha hecho ninguna copia.'}
            </Text>
            <Text size="sm" c="dimmed">
              Pauta copia la base de datos y la lista de archivos cada día mientras está abierta, sin detener el trabajo. {RETENTION_SENTENCE}
            </Text>
            {status.lastError && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="La última copia falló">
                {status.lastError}
              </Alert>
            )}
            <Group>
              <Button leftSection={<IconDatabaseExport size={16} />} loading={runNow.isPending} onClick={() => runNow.mutate(undefined)}>
                Hacer copia ahora
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={4}>Dónde se guardan</Title>
            <BackupSettingsForm status={status} />
          </Stack>
        </Paper>
      </SimpleGrid>
      <Stack gap="sm">
        <Title order={4}>Copias disponibles</Title>
        {status.items.length === 0 ? (
          <EmptyState title="Aún no hay copias">
            Haga la primera con «Hacer copia ahora», o espere la copia diaria automática.
          </EmptyState>
        ) : (
          <BackupList items={status.items} onRestore={setRestoring} />
        )}
      </Stack>
      <RestoreModal backup={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  )
}

function BackupList({ items, onRestore }: { items: BackupItem[]; onRestore: (b: BackupItem) => void }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={720} maxHeight={520}>
        <Table verticalSpacing="xs" highlightOnHover stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={190}>Fecha</Table.Th>
              <Table.Th w={110}>Tipo</Table.Th>
              <Table.Th>Archivo</Table.Th>
              <Table.Th w={100} ta="right">
                Tamaño
              </Table.Th>
              <Table.Th w={130} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((b) => (
              <Table.Tr key={b.fileName}>
                <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" radius="sm" color={TIER_COLORS[b.tier]}>
                    {TIER_LABELS[b.tier]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {b.fileName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatFileSize(b.size)}</Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="subtle" color="red" aria-label={`Restaurar la copia del ${formatDateTime(b.createdAt)}`} onClick={() => onRestore(b)}>
                    Restaurar…
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}
