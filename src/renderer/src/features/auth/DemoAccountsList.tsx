import { Button, Code, Paper, Stack, Table, Text } from '@mantine/core'
import { ROLE_LABELS } from '../../../../shared/domain/roles'
import type { DemoAccounts } from '../../../../shared/contract'
import type { Credentials } from './LoginForm'

/** The example office's accounts, one per role, each a click away from the login form. */
export function DemoAccountsList({ demo, onUse }: { demo: DemoAccounts; onUse: (c: Credentials) => void }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Text fw={600}>Cuentas de ejemplo</Text>
        <Text size="sm" c="dimmed">
          Todas usan la contraseña <Code>{demo.password}</Code>. Elija un rol para ver Pauta como lo ve esa persona.
        </Text>
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Usuario</Table.Th>
              <Table.Th>Nombre</Table.Th>
              <Table.Th>Rol</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {demo.accounts.map((a) => (
              <Table.Tr key={a.username}>
                <Table.Td>
                  <Code>{a.username}</Code>
                </Table.Td>
                <Table.Td>{a.fullName}</Table.Td>
                <Table.Td>{ROLE_LABELS[a.role]}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-xs"
                    variant="light"
                    aria-label={`Usar la cuenta ${a.username}`}
                    onClick={() => onUse({ username: a.username, password: demo.password })}
                  >
                    Usar
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  )
}
