import { SimpleGrid } from '@mantine/core'
import type { GetInputPropsReturnType } from '@mantine/form'
import { DateField } from '../../components/DateField'
import { TimeField } from './TimeField'
import { localParts, normalizeTime, toInstant } from './time'

export interface EventTimeValues {
  date: string | null
  startTime: string
  /** Only for an event that ends on a later day (a two-day fair); empty: the same day. */
  endDate: string | null
  endTime: string
}

type InputProps = (field: keyof EventTimeValues) => GetInputPropsReturnType

/** The form's values for an event's start and end. */
export function timeValues(startsAt: string, endsAt: string): EventTimeValues {
  const start = localParts(startsAt)
  const end = localParts(endsAt)
  return { date: start.date, startTime: start.time, endDate: end.date === start.date ? null : end.date, endTime: end.time }
}

/** The contract's instants of what the form holds (its date checked by the caller). */
export const eventInstants = (v: EventTimeValues & { date: string }) => ({
  startsAt: toInstant(v.date, v.startTime),
  endsAt: toInstant(v.endDate ?? v.date, v.endTime)
})

/** Day, start and end of an event, in Cajicá's time and 24 hours; the end may fall on a later day. */
export function EventTimeFields({ inputProps, dateLabel = 'Fecha', autoFocus = false }: { inputProps: InputProps; dateLabel?: string; autoFocus?: boolean }) {
  return (
    <SimpleGrid cols={2}>
      <DateField label={dateLabel} required data-autofocus={autoFocus || undefined} {...inputProps('date')} />
      <TimeField label="Hora de inicio" required {...inputProps('startTime')} />
      <DateField label="Termina el (si dura varios días)" {...inputProps('endDate')} />
      <TimeField label="Hora de fin" required {...inputProps('endTime')} />
    </SimpleGrid>
  )
}

const endsLater = (values: EventTimeValues): boolean => values.endDate !== null && values.date !== null && values.endDate > values.date

/** The client-side checks of the fields, for @mantine/form's `validate`. */
export const eventTimeValidation = {
  date: (v: string | null) => (v ? null : 'Escriba la fecha (dd/mm/aaaa).'),
  startTime: (v: string) => (normalizeTime(v) ? null : 'Escriba la hora de inicio en 24 horas (hh:mm).'),
  endDate: (v: string | null, values: EventTimeValues) => (v && values.date && v < values.date ? 'El evento no puede terminar antes del día en que empieza.' : null),
  endTime: (v: string, values: EventTimeValues) => {
    const end = normalizeTime(v)
    const start = normalizeTime(values.startTime)
    if (!end) return 'Escriba la hora de fin en 24 horas (hh:mm).'
    return !endsLater(values) && start && end <= start ? 'La hora de fin debe ser posterior a la de inicio.' : null
  }
}

/** Main names the instants; the form shows their messages under the times. */
export function withTimeFields(fields: Record<string, string>): Record<string, string> {
  const { startsAt, endsAt, ...rest } = fields
  return { ...rest, ...(startsAt ? { startTime: startsAt } : {}), ...(endsAt ? { endTime: endsAt } : {}) }
}
