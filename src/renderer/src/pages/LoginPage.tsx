import { Stack, Text } from '@mantine/core'
import { useSession } from '../stores/session'
import { AuthLayout } from '../features/auth/AuthLayout'
import { LoginForm } from '../features/auth/LoginForm'
import { useDemoAccounts } from '../features/auth/demoAccounts'
import { useRefreshSession } from '../features/auth/useRefreshSession'

export function LoginPage() {
  const status = useSession((s) => s.status)
  const demo = useDemoAccounts((s) => s.demo)
  const refresh = useRefreshSession()
  return (
    <AuthLayout subtitle={[status?.entityName, status?.officeName].filter(Boolean).join(' · ')} width={demo ? 720 : 420}>
      <Stack gap="lg">
        <Stack gap={2}>
          <Text fw={700} size="lg">
            Ingresar
          </Text>
          <Text size="sm" c="dimmed">
            Escriba el usuario y la contraseña que le asignó el jefe de la oficina.
          </Text>
        </Stack>
        <LoginForm demo={demo} onSignedIn={refresh} />
      </Stack>
    </AuthLayout>
  )
}
