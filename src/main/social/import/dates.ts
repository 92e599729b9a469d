/** A row's date: a day, or only a month when the export is monthly. */
export interface RowDate {
  month: string
  /** "aaaa-mm-dd", or null for a monthly row. */
  day: string | null
}

/** Day-first (Colombia: 03/04/2026 is 3 April) or month-first (US exports). */
export type DayOrder = 'dmy' | 'mdy'

const MONTHS: Record<string, number> = {}
const monthNames: [number, string[]][] = [
  [1, ['enero', 'ene', 'january', 'jan']],
  [2, ['febrero', 'feb', 'february']],
  [3, ['marzo', 'mar', 'march']],
  [4, ['abril', 'abr', 'april', 'apr']],
  [5, ['mayo', 'may']],
  [6, ['junio', 'jun', 'june']],
  [7, ['julio', 'jul', 'july']],
  [8, ['agosto', 'ago', 'august', 'aug']],
  [9, ['septiembre', 'setiembre', 'sep', 'sept', 'set', 'september']],
  [10, ['octubre', 'oct', 'october']],
  [11, ['noviembre', 'nov', 'november']],
  [12, ['diciembre', 'dic', 'december', 'dec']]
]
for (const [month, names] of monthNames) for (const name of names) MONTHS[name] = month

// "mar" is left out: in Spanish it is both Tuesday and March, and March is the likelier reading.
const WEEKDAYS = new Set([
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'lun', 'mie', 'jue', 'vie', 'sab', 'dom',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'
])

const ISO_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/
const ISO_MONTH = /^(\d{4})[-/](\d{1,2})$/
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[T\s,].*)?$/
const NUMERIC_MONTH = /^(\d{1,2})[/.-](\d{4})$/
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s*m\.?)?(?:\s*[+-]\d{4}|\s*z|\s*utc)?\b/gi

const pad = (n: number) => String(n).padStart(2, '0')

function build(year: number, month: number, day: number | null): RowDate | null {
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return null
  const monthKey = `${year}-${pad(month)}`
  if (day === null) return { month: monthKey, day: null }
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return { month: monthKey, day: `${monthKey}-${pad(day)}` }
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text))

function parseWords(text: string): RowDate | null {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(TIME, ' ')
    .split(/[\s,.]+/)
    .filter((w) => w && w !== 'de' && w !== 'del')
  if (words[0] && WEEKDAYS.has(words[0])) words.shift()
  let month: number | null = null
  let year: number | null = null
  let day: number | null = null
  for (const word of words) {
    if (MONTHS[word] !== undefined && month === null) month = MONTHS[word]
    else if (/^\d{4}$/.test(word) && year === null) year = Number(word)
    else if (/^\d{1,2}$/.test(word) && day === null) day = Number(word)
    else return null
  }
  return month !== null && year !== null ? build(year, month, day) : null
}

/** Reads the dates the platforms write: ISO, dd/mm/aaaa or mm/dd/aaaa, "1 de octubre de 2026", "Oct 1, 2026", monthly "2026-10". */
export function parseRowDate(raw: string, order: DayOrder): RowDate | null {
  const text = raw.trim()
  let m = ISO_DAY.exec(text)
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]))
  m = ISO_MONTH.exec(text)
  if (m) return build(Number(m[1]), Number(m[2]), null)
  m = NUMERIC_DAY.exec(text)
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])]
    return order === 'dmy' ? build(fullYear(m[3]!), second, first) : build(fullYear(m[3]!), first, second)
  }
  m = NUMERIC_MONTH.exec(text)
  if (m) return build(Number(m[2]), Number(m[1]), null)
  return parseWords(text)
}

/**
 * Whether "03/04/2026" in this column is day-first. Values whose first part exceeds 12 vote for
 * day-first, those whose second part does for month-first (a stray typo does not flip a whole
 * file); with no votes, or a tie, the header's language decides.
 */
export function detectDayOrder(values: string[], englishHeader: boolean): DayOrder {
  let dayFirst = 0
  let monthFirst = 0
  for (const value of values) {
    const m = NUMERIC_DAY.exec(value.trim())
    if (!m) continue
    if (Number(m[1]) > 12) dayFirst += 1
    else if (Number(m[2]) > 12) monthFirst += 1
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'dmy' : 'mdy'
  return englishHeader ? 'mdy' : 'dmy'
}
