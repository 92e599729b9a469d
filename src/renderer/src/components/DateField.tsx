import { DateInput, type DateInputProps } from '@mantine/dates'

/** Parses what a person types in Colombia: dd/mm/aaaa (also d/m/aa and dd-mm-aaaa). */
export function parseColombianDate(input: string): string | null {
  const m = input.trim().match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/)
  if (!m) return null
  const day = Number(m[1])
  const month = Number(m[2])
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3])
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const check = new Date(`${iso}T00:00:00Z`)
  return check.getUTCFullYear() === year && check.getUTCMonth() + 1 === month && check.getUTCDate() === day ? iso : null
}

/** A date input whose value is the contract's ISO date ("aaaa-mm-dd") and that shows dd/mm/aaaa. */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return <DateInput valueFormat="DD/MM/YYYY" placeholder="dd/mm/aaaa" dateParser={parseColombianDate} clearable={!props.required} {...props} />
}
