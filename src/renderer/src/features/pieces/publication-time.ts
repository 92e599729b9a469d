import { TIME_ZONE } from '../../../../shared/dates'

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
})

/** The picker's value ("aaaa-mm-dd hh:mm:ss") for an instant, read on Colombian clocks. */
export function pickerValueInColombia(instant: Date): string {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:00`
}

/**
 * The instant a person meant when picking a date and time: Colombian local time, which is UTC−5
 * all year (no daylight saving), so the offset is fixed.
 */
export function colombianPickerValueToIso(value: string): string {
  const [date, time = '00:00:00'] = value.trim().split(/[ T]/)
  const hms = time.length === 5 ? `${time}:00` : time
  return `${date}T${hms}-05:00`
}
