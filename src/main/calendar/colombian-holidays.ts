/**
 * Colombian national holidays (días festivos) and working days, computed rather than listed so
 * they never run out. Ley 51 de 1983 ("Ley Emiliani") moves most holidays to the following Monday;
 * Easter-based ones follow the Gregorian computus. Dates are "aaaa-mm-dd" calendar dates.
 */

export interface Holiday {
  date: string
  name: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day))
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000)

/** Easter Sunday of `year` (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return utc(year, month, day)
}

/** The same day when it is a Monday, otherwise the next Monday (Ley 51 de 1983). */
function nextMonday(d: Date): Date {
  const weekday = d.getUTCDay()
  return weekday === 1 ? d : addDays(d, (8 - weekday) % 7)
}

// Holidays kept on their own date whatever the weekday.
const FIXED: [number, number, string][] = [
  [1, 1, 'Año Nuevo'],
  [5, 1, 'Día del Trabajo'],
  [7, 20, 'Día de la Independencia'],
  [8, 7, 'Batalla de Boyacá'],
  [12, 8, 'Inmaculada Concepción'],
  [12, 25, 'Navidad']
]

// Holidays moved to the following Monday by Ley 51 de 1983.
const MOVED: [number, number, string][] = [
  [1, 6, 'Día de los Reyes Magos'],
  [3, 19, 'Día de San José'],
  [6, 29, 'San Pedro y San Pablo'],
  [8, 15, 'Asunción de la Virgen'],
  [10, 12, 'Día de la Raza'],
  [11, 1, 'Todos los Santos'],
  [11, 11, 'Independencia de Cartagena']
]

// Days after Easter Sunday; the last three are then moved to Monday (Ley 51 de 1983).
const EASTER_BASED: [number, boolean, string][] = [
  [-3, false, 'Jueves Santo'],
  [-2, false, 'Viernes Santo'],
  [39, true, 'Ascensión del Señor'],
  [60, true, 'Corpus Christi'],
  [68, true, 'Sagrado Corazón de Jesús']
]

const cache = new Map<number, Holiday[]>()

/** The 18 holidays of `year`, by date (two may share a date, as in 2025). */
export function colombianHolidays(year: number): Holiday[] {
  const known = cache.get(year)
  if (known) return known
  const easter = easterSunday(year)
  const list: Holiday[] = [
    ...FIXED.map(([month, day, name]) => ({ date: iso(utc(year, month, day)), name })),
    ...MOVED.map(([month, day, name]) => ({ date: iso(nextMonday(utc(year, month, day))), name })),
    ...EASTER_BASED.map(([offset, moved, name]) => {
      const date = addDays(easter, offset)
      return { date: iso(moved ? nextMonday(date) : date), name }
    })
  ].sort((a, b) => a.date.localeCompare(b.date))
  cache.set(year, list)
  return list
}

export function isColombianHoliday(isoDate: string): boolean {
  return colombianHolidays(Number(isoDate.slice(0, 4))).some((h) => h.date === isoDate)
}

/** Monday to Friday, except national holidays. */
export function isWorkingDay(isoDate: string): boolean {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !isColombianHoliday(isoDate)
}

/** The first working day of the month "aaaa-mm". */
export function firstWorkingDayOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  for (let day = 1; ; day++) {
    const date = iso(utc(year, m, day))
    if (isWorkingDay(date)) return date
  }
}
