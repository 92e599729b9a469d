import { formatDate } from '../../shared/dates'
import { breathe, CHUNK, colombianWallClock, type CellValue, type ColumnKind, type Table } from './table'

/**
 * Excel set to Spanish (Colombia) reads a CSV by double-click only when it is UTF-8 with a BOM
 * (otherwise it assumes the ANSI code page and breaks the accents) and separated by ";" (the comma
 * is its decimal separator).
 */
const BOM = '\uFEFF'
const SEPARATOR = ';'
const NEWLINE = '\r\n'

const pad = (n: number) => String(n).padStart(2, '0')

function dateTimeText(isoInstant: string): string {
  const local = colombianWallClock(isoInstant)
  const date = `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`
  return `${date} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
}

const percentFormat = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })

/**
 * A text that starts like a formula is run by Excel when the file opens (CSV injection); the
 * leading apostrophe makes Excel show it as the text it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/

function fieldText(kind: ColumnKind, value: CellValue): string {
  if (value === null) return ''
  switch (kind) {
    case 'text': {
      const text = String(value)
      return FORMULA_START.test(text) ? `'${text}` : text
    }
    case 'integer':
      return String(Math.round(Number(value)))
    case 'percent':
      return `${percentFormat.format(Number(value) * 100)}%`
    case 'date':
      return formatDate(String(value))
    case 'datetime':
      return dateTimeText(String(value))
    case 'month': {
      const [year, month] = String(value).split('-')
      return `${month}/${year}`
    }
  }
}

const NEEDS_QUOTES = /[";\r\n]|^\s|\s$/

function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export async function writeCsv(table: Table): Promise<Buffer> {
  const lines = [table.columns.map((c) => quoted(c.header)).join(SEPARATOR)]
  const kinds = table.columns.map((c) => c.kind)
  for (let start = 0; start < table.rows.length; start += CHUNK) {
    for (const row of table.rows.slice(start, start + CHUNK)) {
      lines.push(row.map((value, index) => quoted(fieldText(kinds[index]!, value))).join(SEPARATOR))
    }
    await breathe()
  }
  return Buffer.from(BOM + lines.join(NEWLINE) + NEWLINE, 'utf8')
}
