/**
 * A list as a clean table: one header row, then one row per record. Each column has a kind, so
 * the xlsx writer can give Excel real dates and numbers and the CSV writer the Colombian formats.
 */
export type ColumnKind = 'text' | 'integer' | 'percent' | 'date' | 'datetime' | 'month'

/**
 * What a cell holds per kind: text → string; integer → number; percent → a ratio (0.458 is 45,8 %);
 * date → "aaaa-mm-dd"; datetime → an ISO instant; month → "aaaa-mm". Null is an empty cell.
 */
export type CellValue = string | number | null

export interface ColumnDef<R> {
  header: string
  kind: ColumnKind
  value: (row: R) => CellValue
}

export interface Table {
  sheetName: string
  columns: { header: string; kind: ColumnKind }[]
  rows: CellValue[][]
}

export function tabulate<R>(sheetName: string, columns: ColumnDef<R>[], records: readonly R[]): Table {
  return {
    sheetName,
    columns: columns.map(({ header, kind }) => ({ header, kind })),
    rows: records.map((record) => columns.map((column) => column.value(record)))
  }
}

export const yesNo = (value: boolean): string => (value ? 'Sí' : 'No')

/** Colombia keeps UTC−5 all year (no daylight saving), so its wall clock is a fixed shift. */
const COLOMBIA_OFFSET_MS = -5 * 3_600_000

/** The Colombian wall-clock time of an instant, as a Date whose UTC fields read that time. */
export function colombianWallClock(isoInstant: string): Date {
  return new Date(Date.parse(isoInstant) + COLOMBIA_OFFSET_MS)
}

/** "aaaa-mm-dd" → a Date at UTC midnight of that day (how spreadsheet libraries read a date cell). */
export function calendarDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d!))
}

/** Lets the event loop breathe between chunks of a long loop, so the window stays responsive. */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
export const CHUNK = 500
