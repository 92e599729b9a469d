import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { formatDateTime } from '../../../../../shared/dates'
import { api } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'
import { QueryView } from '../../../components/QueryView'
import { FixityResultBadge } from './FixityBadges'
import { useFixityRun } from './queries'

/** One verification: its problems, and a way to stop it while it runs. */
export function FixityRunDetail({ id, canVerify }: { id: number; canVerify: boolean }) {
  const run = useFixityRun(id)
  const cancel = useApiMutation(() => api.fixity.cancel({ id }), { invalidates: [['fixity']], success: 'Se canceló la verificación.' })
  return (
    <QueryView query={run} loadingLabel="Cargando la verificación">
      {(r) => (
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h4">{`Verificación del ${formatDateTime(r.startedAt)}`}</Title>
            {canVerify && r.state === 'en_curso' && (
              <Button variant="default" color="red" loading={cancel.isPending} onClick={() => cancel.mutate(undefined)}>
                Cancelar verificación
              </Button>
            )}
          </Group>
          {r.problems.length === 0 ? (
            <Alert color={r.state === 'en_curso' ? 'blue' : 'green'} variant="light">
              {r.state === 'en_curso' ? 'Hasta ahora todos los originales revisados están íntegros.' : `Los ${r.checked} originales revisados están íntegros.`}
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={800} maxHeight={360}>
              <Table stickyHeader aria-label="Originales con problemas">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Archivo</Table.Th>
                    <Table.Th w={110}>Resultado</Table.Th>
                    <Table.Th>Detalle</Table.Th>
                    <Table.Th>Dónde debería estar</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.problems.map((p) => (
                    <Table.Tr key={p.assetId}>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>
                        <FixityResultBadge result={p.result} />
                      </Table.Td>
                      <Table.Td>{p.detail}</Table.Td>
                      <Table.Td maw={320}>
                        <Text size="xs" c="dimmed" truncate title={p.expectedPath}>
                          {p.expectedPath}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </QueryView>
  )
}
