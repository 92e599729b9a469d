import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core'
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react'
import type { Destination, DestinationCheck } from '../../../../shared/contract'

interface Props {
  destinations: Destination[]
  checks: Record<number, DestinationCheck>
  checkingId: number | null
  /** Null for those who may not manage destinations (main refuses the check too). */
  actions: { check: (d: Destination) => void; edit: (d: Destination) => void } | null
}

export function DestinationsTable({ destinations, checks, checkingId, actions }: Props) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={220}>Destino</Table.Th>
              <Table.Th>Carpeta</Table.Th>
              <Table.Th w={100}>Estado</Table.Th>
              {actions && <Table.Th w={190} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {destinations.map((d) => {
              const check = checks[d.id]
              return (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {d.name}
                    </Text>
                    {d.note && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {d.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {d.path}
                    </Text>
                    {check && <CheckResult check={check} />}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" radius="sm" color={d.active ? 'green' : 'gray'}>
                      {d.active ? 'Activo' : 'Inactivo'}
                    </Badge>
                  </Table.Td>
                  {actions && (
                    <Table.Td>
                      <Group gap={6} justify="flex-end" wrap="nowrap">
                        <Button size="compact-sm" variant="light" aria-label={`Probar «${d.name}»`} loading={checkingId === d.id} onClick={() => actions.check(d)}>
                          Probar
                        </Button>
                        <Button size="compact-sm" variant="subtle" aria-label={`Editar «${d.name}»`} onClick={() => actions.edit(d)}>
                          Editar
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}

function CheckResult({ check }: { check: DestinationCheck }) {
  const ok = check.reachable && check.writable
  return (
    <Group gap={4} mt={4} wrap="nowrap" align="flex-start" role="status">
      {ok ? <IconCircleCheck size={16} color="var(--mantine-color-green-7)" /> : <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" />}
      <Text size="xs" c={ok ? 'green.8' : 'orange.9'}>
        {check.message}
      </Text>
    </Group>
  )
}
