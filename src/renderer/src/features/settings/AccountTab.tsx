import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { ROLE_LABELS } from '../../../../shared/domain/roles'
import { formatDate } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useCurrentUser } from '../../stores/session'
import { PasswordField } from '../auth/PasswordField'

interface Values {
  current: string
  next: string
  confirm: string
}

/** The signed-in person's own account: who they are and a password change. */
export function AccountTab() {
  const me = useCurrentUser()
  const form = useForm<Values>({
    initialValues: { current: '', next: '', confirm: '' },
    validate: {
      current: (v) => (v ? null : 'Escriba su contraseña actual.'),
      confirm: (v, values) => (v === values.next ? null : 'Las contraseñas no coinciden.')
    }
  })
  const change = useApiMutation((v: Values) => api.auth.changePassword({ current: v.current, next: v.next }), {
    invalidates: [],
    form,
    success: 'Su contraseña se cambió. Úsela la próxima vez que ingrese.',
    onSuccess: () => form.reset()
  })
  return (
    <Paper withBorder p="lg" radius="md" maw={520}>
      <Stack gap="md">
        {me && (
          <Stack gap={2}>
            <Text fw={600}>{me.fullName}</Text>
            <Text size="sm" c="dimmed">
              Usuario {me.username} · {ROLE_LABELS[me.role]}
              {me.delegationEndsOn && ` · aprueba piezas por delegación hasta el ${formatDate(me.delegationEndsOn)}`}
            </Text>
          </Stack>
        )}
        <form onSubmit={form.onSubmit((v) => change.mutate(v))} noValidate>
          <Stack gap="sm">
            <PasswordField label="Contraseña actual" required autoComplete="current-password" {...form.getInputProps('current')} />
            <PasswordField label="Nueva contraseña" description="Mínimo 8 caracteres." required autoComplete="new-password" {...form.getInputProps('next')} />
            <PasswordField label="Confirmar nueva contraseña" required autoComplete="new-password" {...form.getInputProps('confirm')} />
            <Group justify="flex-end">
              <Button type="submit" loading={change.isPending}>
                Cambiar contraseña
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  )
}
