import { formatDate, TIME_ZONE } from '../../../shared/dates'

const integer = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** "12.345": Colombian thousands separator. */
export const formatInteger = (value: number): string => integer.format(value)

/** "2,5": one decimal with a comma; a value that rounds to zero never shows as "-0,0". */
export const formatDecimal = (value: number): string => oneDecimal.format(Math.round(value * 10) / 10 || 0)

/** A share 0..1 as "87,5 %". */
export const formatPercent = (share: number): string => `${formatDecimal(share * 100)} %`

/** A change as "+12,5 %" or "-3,0 %"; "—" when there is nothing to compare with. */
export function formatChange(change: number | null): string {
  if (change === null) return '—'
  const percent = Math.round(change * 1000) / 10
  return `${percent > 0 ? '+' : ''}${formatDecimal(percent)} %`
}

/** Days as "2,5 días" / "1,0 día"; "—" when there are none. */
export function formatDays(days: number | null): string {
  if (days === null) return '—'
  const text = formatDecimal(days)
  return `${text} ${text === '1,0' ? 'día' : 'días'}`
}

export const MONTH_NAMES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre'
] as const

/** "2026-10" → "octubre de 2026". */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} de ${month.slice(0, 4)}`
}

/** "octubre de 2026" → "Octubre de 2026", for titles. */
export const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase('es-CO') + text.slice(1)

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
})

/** An ISO instant as Colombian "dd/mm/aaaa hh:mm" (24 h). */
export function formatInstant(isoInstant: string): string {
  const p = Object.fromEntries(parts.formatToParts(new Date(isoInstant)).map((x) => [x.type, x.value]))
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

/** "01/01/2026 a 31/03/2026". */
export const formatRange = (from: string, to: string): string => `${formatDate(from)} a ${formatDate(to)}`
