import ExcelJS from 'exceljs'
import { PassThrough } from 'node:stream'
import { breathe, calendarDate, CHUNK, colombianWallClock, type CellValue, type ColumnKind, type Table } from './table'

/** Excel's own format codes; Excel shows the separators of the user's locale ("1.234" in es-CO). */
const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  month: 'mm/yyyy'
}

/** Widths (in characters) a column of each kind needs whatever its values. */
const KIND_WIDTH: Record<ColumnKind, number> = { text: 10, integer: 10, percent: 10, date: 12, datetime: 17, month: 10 }
const MAX_WIDTH = 60

// XML 1.0 cannot carry these control characters; Excel would call the file damaged.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const EXCEL_CELL_LIMIT = 32_767

function cellFor(kind: ColumnKind, value: CellValue): string | number | Date | null {
  if (value === null) return null
  switch (kind) {
    case 'text':
      return String(value).replace(XML_FORBIDDEN, '').slice(0, EXCEL_CELL_LIMIT)
    case 'integer':
    case 'percent':
      return Number(value)
    case 'date':
      return calendarDate(String(value))
    case 'datetime':
      return colombianWallClock(String(value))
    case 'month':
      return calendarDate(`${String(value)}-01`)
  }
}

function columnWidth(table: Table, index: number): number {
  const column = table.columns[index]!
  let width = Math.max(column.header.length + 2, KIND_WIDTH[column.kind])
  if (column.kind === 'text') {
    for (const row of table.rows) {
      const length = String(row[index] ?? '').length + 2
      if (length > width) width = length
      if (width >= MAX_WIDTH) return MAX_WIDTH
    }
  }
  return width
}

/** Excel refuses sheet names longer than 31 characters or with : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31)

/**
 * Writes the table as one worksheet: bold frozen header, autofilter over every row, typed cells.
 * The streaming writer keeps a 10.000-row list well under a second and yields between chunks.
 */
export async function writeXlsx(table: Table, meta: { title: string; created: Date }): Promise<Buffer> {
  const output = new PassThrough()
  const chunks: Buffer[] = []
  output.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve)
    output.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
  workbook.creator = 'Pauta'
  workbook.title = meta.title
  workbook.created = meta.created
  workbook.modified = meta.created
  const sheet = workbook.addWorksheet(sheetName(table.sheetName), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] })
  sheet.columns = table.columns.map((column, index) => ({ header: column.header, key: `c${index}`, width: columnWidth(table, index) }))
  const header = sheet.getRow(1)
  // Styled cell by cell: a row style would colour the whole row, far past the table.
  header.eachCell((cell) => {
    cell.font = { bold: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } }
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8A99AD' } } }
  })
  header.commit()
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: table.rows.length + 1, column: table.columns.length } }
  const kinds = table.columns.map((c) => c.kind)
  // One style object per column, shared by its cells: exceljs recognises a style it has seen by
  // identity; a column style would give each cell a fresh copy and double the writing time.
  const styles = table.columns.map((column) => {
    const numFmt = NUMBER_FORMATS[column.kind]
    return numFmt ? { numFmt } : {}
  })
  for (let start = 0; start < table.rows.length; start += CHUNK) {
    for (const values of table.rows.slice(start, start + CHUNK)) {
      const row = sheet.addRow(values.map((value, index) => cellFor(kinds[index]!, value)))
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cell.style = styles[column - 1]!
      })
      row.commit()
    }
    await breathe()
  }
  sheet.commit()
  await workbook.commit()
  await finished
  return Buffer.concat(chunks)
}
