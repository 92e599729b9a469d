import { Button, Stack, Text } from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useDemoAccounts } from '../auth/demoAccounts'

/** Fills an empty data folder with an example alcaldía so a visitor can try every role. */
export function DemoLoader({ onDone }: { onDone: () => Promise<void> }) {
  const setDemo = useDemoAccounts((s) => s.setDemo)
  const load = useApiMutation(() => api.app.loadDemo(), {
    invalidates: [],
    success: 'Datos de ejemplo cargados. Elija un rol en la lista para ingresar.',
    onSuccess: (demo) => {
      setDemo(demo)
      void onDone()
    }
  })
  return (
    <Stack gap={6}>
      <Button variant="light" leftSection={<IconSparkles size={18} />} loading={load.isPending} onClick={() => load.mutate(undefined)} fullWidth>
        Cargar datos de ejemplo
      </Button>
      <Text size="xs" c="dimmed" ta="center">
        Crea una alcaldía de ejemplo con usuarios de cada rol, un plan, solicitudes y piezas, para conocer Pauta antes de usarlo
        con datos reales.
      </Text>
    </Stack>
  )
}
