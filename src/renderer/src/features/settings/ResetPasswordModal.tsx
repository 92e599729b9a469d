import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { UserRow } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PasswordField } from '../auth/PasswordField'

/** Sets a new password for someone who forgot theirs; they change it later in «Mi cuenta». */
export function ResetPasswordModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  return (
    <Modal opened={user !== null} onClose={onClose} title="Restablecer contraseña" centered>
      {user && <ResetPasswordForm user={user} onDone={onClose} />}
    </Modal>
  )
}

function ResetPasswordForm({ user, onDone }: { user: UserRow; onDone: () => void }) {
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: { confirm: (v, values) => (v === values.password ? null : 'Las contraseñas no coinciden.') }
  })
  const reset = useApiMutation((password: string) => api.users.resetPassword({ id: user.id, password }), {
    invalidates: [['users']],
    form,
    success: `Se restableció la contraseña de ${user.fullName}.`,
    onSuccess: onDone
  })
  return (
    <form onSubmit={form.onSubmit((v) => reset.mutate(v.password))} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Nueva contraseña para <strong>{user.fullName}</strong> ({user.username}).
        </Text>
        <PasswordField label="Nueva contraseña" description="Mínimo 8 caracteres." required data-autofocus autoComplete="new-password" {...form.getInputProps('password')} />
        <PasswordField label="Confirmar nueva contraseña" required autoComplete="new-password" {...form.getInputProps('confirm')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={reset.isPending}>
            Restablecer contraseña
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
