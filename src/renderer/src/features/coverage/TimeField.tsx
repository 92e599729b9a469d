import { TextInput, type TextInputProps } from '@mantine/core'
import { IconClock } from '@tabler/icons-react'
import { normalizeTime } from './time'

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  value?: string
  onChange?: (value: string) => void
}

/** A 24-hour time typed as hh:mm (also "930" or "9"), tidied when the field loses focus. */
export function TimeField({ value = '', onChange, onBlur, ...rest }: Props) {
  return (
    <TextInput
      placeholder="hh:mm"
      inputMode="numeric"
      maxLength={5}
      leftSection={<IconClock size={16} />}
      value={value}
      onChange={(e) => onChange?.(e.currentTarget.value)}
      onBlur={(e) => {
        const tidy = normalizeTime(value)
        if (tidy && tidy !== value) onChange?.(tidy)
        onBlur?.(e)
      }}
      {...rest}
    />
  )
}
