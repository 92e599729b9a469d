import { PasswordInput, type PasswordInputProps } from '@mantine/core'

/**
 * Mantine's password input with what it lacks for a Spanish, screen-reader friendly form: the
 * inner input says when it is invalid, and the show/hide toggle has a Spanish name.
 */
export function PasswordField(props: PasswordInputProps) {
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ 'aria-label': 'Mostrar u ocultar lo escrito' }}
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  )
}
