import { Button, Fieldset, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PasswordField } from '../auth/PasswordField'

interface Values {
  entityName: string
  officeName: string
  jefe: { fullName: string; username: string; password: string }
  confirmPassword: string
}

/** Creates the office and the jefe's account; main signs the jefe in. */
export function FirstRunForm({ onDone }: { onDone: () => Promise<void> }) {
  const form = useForm<Values>({
    initialValues: {
      entityName: '',
      officeName: 'Oficina Asesora de Comunicaciones',
      jefe: { fullName: '', username: '', password: '' },
      confirmPassword: ''
    },
    validate: {
      entityName: (v) => (v.trim() ? null : 'Escriba el nombre de la entidad.'),
      officeName: (v) => (v.trim() ? null : 'Escriba el nombre de la oficina.'),
      jefe: {
        fullName: (v) => (v.trim() ? null : 'Escriba el nombre completo.'),
        username: (v) => (v.trim() ? null : 'Escriba un usuario.')
      },
      confirmPassword: (v, values) => (v === values.jefe.password ? null : 'Las contraseñas no coinciden.')
    }
  })
  const setup = useApiMutation((v: Values) => api.app.setup({ entityName: v.entityName, officeName: v.officeName, jefe: v.jefe }), {
    invalidates: [],
    form,
    success: 'Oficina creada. ¡Bienvenido a Pauta!',
    onSuccess: () => void onDone()
  })

  return (
    <form onSubmit={form.onSubmit((v) => setup.mutate(v))} noValidate>
      <Stack gap="md">
        <Fieldset legend="Entidad">
          <Stack gap="sm">
            <TextInput label="Nombre de la entidad" placeholder="Alcaldía de Cajicá" required autoFocus {...form.getInputProps('entityName')} />
            <TextInput label="Nombre de la oficina" required {...form.getInputProps('officeName')} />
          </Stack>
        </Fieldset>
        <Fieldset legend="Cuenta del jefe de la oficina">
          <Stack gap="sm">
            <TextInput label="Nombre completo" placeholder="Ej.: Laura Gómez Rincón" required autoComplete="name" {...form.getInputProps('jefe.fullName')} />
            <TextInput
              label="Usuario"
              description="Letras sin tilde, números, punto o guion. Con él ingresará a Pauta."
              placeholder="Ej.: lgomez"
              required
              autoComplete="username"
              {...form.getInputProps('jefe.username')}
            />
            <PasswordField
              label="Contraseña"
              description="Mínimo 8 caracteres."
              required
              autoComplete="new-password"
              {...form.getInputProps('jefe.password')}
            />
            <PasswordField label="Confirmar contraseña" required autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
          </Stack>
        </Fieldset>
        <Button type="submit" loading={setup.isPending} fullWidth>
          Crear oficina
        </Button>
      </Stack>
    </form>
  )
}
