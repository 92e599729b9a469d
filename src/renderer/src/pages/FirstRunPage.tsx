import { Divider, Stack, Text } from '@mantine/core'
import { AuthLayout } from '../features/auth/AuthLayout'
import { useRefreshSession } from '../features/auth/useRefreshSession'
import { DemoLoader } from '../features/setup/DemoLoader'
import { FirstRunForm } from '../features/setup/FirstRunForm'

export function FirstRunPage() {
  const refresh = useRefreshSession()
  return (
    <AuthLayout subtitle="Gestión de la Oficina de Comunicaciones" width={560}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Text fw={700} size="lg">
            Bienvenido a Pauta
          </Text>
          <Text size="sm" c="dimmed">
            Configure su entidad y cree la cuenta del jefe de la oficina. Después podrá registrar a su equipo, el Plan de
            Comunicaciones y las solicitudes de las dependencias. Todo queda guardado en este equipo, sin conexión a internet.
          </Text>
        </Stack>
        <FirstRunForm onDone={refresh} />
        <Divider label="o, si solo quiere conocer Pauta" labelPosition="center" />
        <DemoLoader onDone={refresh} />
      </Stack>
    </AuthLayout>
  )
}
