import { useState } from 'react'
import { Alert, Button, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { DemoAccounts } from '../../../../shared/contract'
import { ApiError, api, errorMessage } from '../../lib/api'
import { DemoAccountsList } from './DemoAccountsList'
import { PasswordField } from './PasswordField'

export interface Credentials {
  username: string
  password: string
}

/**
 * Signs in through main. Wrong passwords and lockouts are answered by main and shown inline,
 * not as a passing notification, so the person can read how long to wait.
 */
export function LoginForm({ demo, onSignedIn }: { demo: DemoAccounts | null; onSignedIn: () => Promise<void> }) {
  const form = useForm<Credentials>({
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : 'Escriba su usuario.'),
      password: (v) => (v ? null : 'Escriba su contraseña.')
    }
  })
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  function chooseAccount(credentials: Credentials) {
    form.setValues(credentials)
    form.clearErrors()
    setError(null)
  }

  async function submit(values: Credentials) {
    setPending(true)
    setError(null)
    try {
      await api.auth.login(values)
      await onSignedIn()
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length > 0) form.setErrors(e.fields)
      else setError(errorMessage(e))
      form.setFieldValue('password', '')
      setPending(false)
    }
  }

  return (
    <Stack gap="lg">
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="sm">
          <TextInput label="Usuario" autoComplete="username" autoFocus required {...form.getInputProps('username')} />
          <PasswordField label="Contraseña" autoComplete="current-password" required {...form.getInputProps('password')} />
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={pending} fullWidth mt="xs">
            Ingresar
          </Button>
        </Stack>
      </form>
      {demo && <DemoAccountsList demo={demo} onUse={chooseAccount} />}
    </Stack>
  )
}
