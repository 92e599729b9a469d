import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { UserRow } from '../../../../shared/contract'
import { ROLES, ROLE_LABELS, type Role } from '../../../../shared/domain/roles'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PasswordField } from '../auth/PasswordField'

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))

interface Values {
  username: string
  fullName: string
  role: Role | null
  email: string
  password: string
}

/** Creates an account (with its first password) or edits name, role and e-mail of one. */
export function UserFormModal({ user, opened, onClose }: { user: UserRow | null; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={user ? `Editar a ${user.fullName}` : 'Nuevo usuario'} centered size="md">
      {opened && <UserForm user={user} onDone={onClose} />}
    </Modal>
  )
}

function UserForm({ user, onDone }: { user: UserRow | null; onDone: () => void }) {
  const form = useForm<Values>({
    initialValues: {
      username: user?.username ?? '',
      fullName: user?.fullName ?? '',
      role: user?.role ?? null,
      email: user?.email ?? '',
      password: ''
    },
    validate: {
      username: (v) => (v.trim() ? null : 'Escriba el usuario.'),
      fullName: (v) => (v.trim() ? null : 'Escriba el nombre completo.'),
      role: (v) => (v ? null : 'Seleccione el rol.')
    }
  })
  const save = useApiMutation(
    ({ role, ...v }: Values & { role: Role }) =>
      user
        ? api.users.update({ id: user.id, fullName: v.fullName, role, email: v.email, active: user.active })
        : api.users.create({ ...v, role }),
    {
      invalidates: [['users']],
      form,
      success: (saved) => (user ? `Se guardaron los cambios de ${saved.fullName}.` : `Se creó la cuenta de ${saved.fullName}.`),
      onSuccess: onDone
    }
  )
  return (
    <form onSubmit={form.onSubmit(({ role, ...v }) => {
        if (role) save.mutate({ ...v, role })
      })} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Usuario"
          description={user ? 'El usuario no se cambia.' : 'Letras sin tilde, números, punto o guion.'}
          required
          readOnly={user !== null}
          data-autofocus={user ? undefined : true}
          {...form.getInputProps('username')}
        />
        <TextInput label="Nombre completo" required data-autofocus={user ? true : undefined} {...form.getInputProps('fullName')} />
        <Select label="Rol" data={ROLE_OPTIONS} required allowDeselect={false} {...form.getInputProps('role')} />
        <TextInput label="Correo electrónico" type="email" placeholder="nombre@cajica.gov.co" {...form.getInputProps('email')} />
        {!user && (
          <PasswordField
            label="Contraseña inicial"
            description="Mínimo 8 caracteres. Entréguela a la persona para que la cambie en «Mi cuenta»."
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={save.isPending}>
            {user ? 'Guardar cambios' : 'Crear usuario'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
