import { SimpleGrid } from '@mantine/core'
import type { GetInputPropsReturnType } from '@mantine/form'
import { DateField } from '../../components/DateField'
import { TimeField } from './TimeField'
import { normalizeTime } from './time'

export interface EventTimeValues {
  date: string | null
  startTime: string
  endTime: string
}

type InputProps = (field: keyof EventTimeValues) => GetInputPropsReturnType

/** Day, start and end of an event, in Cajicá's time and 24 hours. */
export function EventTimeFields({ inputProps, dateLabel = 'Fecha', autoFocus = false }: { inputProps: InputProps; dateLabel?: string; autoFocus?: boolean }) {
  return (
    <SimpleGrid cols={3}>
      <DateField label={dateLabel} required data-autofocus={autoFocus || undefined} {...inputProps('date')} />
      <TimeField label="Hora de inicio" required {...inputProps('startTime')} />
      <TimeField label="Hora de fin" required {...inputProps('endTime')} />
    </SimpleGrid>
  )
}

/** The client-side checks of the three fields, for @mantine/form's `validate`. */
export const eventTimeValidation = {
  date: (v: string | null) => (v ? null : 'Escriba la fecha (dd/mm/aaaa).'),
  startTime: (v: string) => (normalizeTime(v) ? null : 'Escriba la hora de inicio en 24 horas (hh:mm).'),
  endTime: (v: string, values: EventTimeValues) => {
    const end = normalizeTime(v)
    const start = normalizeTime(values.startTime)
    if (!end) return 'Escriba la hora de fin en 24 horas (hh:mm).'
    return start && end <= start ? 'La hora de fin debe ser posterior a la de inicio.' : null
  }
}

/** Main names the instants; the form shows their messages under the times. */
export function withTimeFields(fields: Record<string, string>): Record<string, string> {
  const { startsAt, endsAt, ...rest } = fields
  return { ...rest, ...(startsAt ? { startTime: startsAt } : {}), ...(endsAt ? { endTime: endsAt } : {}) }
}
