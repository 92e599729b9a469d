import { pause, type ReportDocument } from './document'
import { pdfText } from './text'
import { COLOR, FONT, SIZE } from './theme'

export interface Column {
  header: string
  /** Share of the table's width, relative to the other columns. */
  weight: number
  align?: 'left' | 'right' | 'center'
}

export type TableRow =
  | { cells: string[]; bold?: boolean; alert?: boolean }
  /** A row across every column that names the group of the rows below it. */
  | { group: string }

const PAD_X = 4
const PAD_Y = 3.5
const ROWS_PER_CHUNK = 150

/**
 * A table whose rows never split across pages; the column titles repeat at the top of each page.
 * Cells wrap, so long names stay readable.
 */
export async function table(rd: ReportDocument, columns: Column[], rows: TableRow[], options: { size?: number } = {}): Promise<void> {
  const { doc } = rd
  const size = options.size ?? SIZE.table
  const total = columns.reduce((sum, c) => sum + c.weight, 0)
  const widths = columns.map((c) => (c.weight / total) * rd.width)
  const xs = widths.map((_, i) => rd.left + widths.slice(0, i).reduce((a, b) => a + b, 0))
  const headers = columns.map((c) => pdfText(c.header))

  const heightOf = (cells: string[], font: string, cellWidths = widths) => {
    doc.font(font).fontSize(size)
    return Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: cellWidths[i]! - 2 * PAD_X }))) + 2 * PAD_Y
  }
  const drawCells = (cells: string[], y: number, height: number, font: string, color: string) => {
    doc.font(font).fontSize(size).fillColor(color)
    cells.forEach((text, i) => {
      doc.text(text, xs[i]! + PAD_X, y + PAD_Y, { width: widths[i]! - 2 * PAD_X, align: columns[i]!.align ?? 'left', height: height - PAD_Y })
    })
  }
  const frame = (y: number, height: number, fill: string | null) => {
    if (fill) doc.rect(rd.left, y, rd.width, height).fill(fill)
    doc.lineWidth(0.4).strokeColor(COLOR.rule)
    doc.rect(rd.left, y, rd.width, height).stroke()
  }
  const headerHeight = heightOf(headers, FONT.bold)
  const drawHeader = () => {
    const y = doc.y
    frame(y, headerHeight, COLOR.tableHeader)
    for (const x of xs.slice(1)) doc.moveTo(x, y).lineTo(x, y + headerHeight).stroke()
    drawCells(headers, y, headerHeight, FONT.bold, COLOR.text)
    doc.y = y + headerHeight
  }

  const first = rows[0]
  const firstHeight = !first ? 0 : 'group' in first ? 2 * headerHeight : heightOf(first.cells.map(pdfText), first.bold ? FONT.bold : FONT.regular)
  rd.begin(headerHeight + firstHeight)
  drawHeader()
  let stripe = false
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % ROWS_PER_CHUNK === 0) await pause()
    if ('group' in row) {
      const text = pdfText(row.group)
      const height = heightOf([text], FONT.bold, [rd.width])
      // A group title never ends a page alone: it goes with the first row of its group.
      const next = rows[index + 1]
      const nextHeight = next && 'cells' in next ? heightOf(next.cells.map(pdfText), next.bold ? FONT.bold : FONT.regular) : 0
      if (doc.y + height + nextHeight > rd.bottom) {
        rd.newPage()
        drawHeader()
      }
      const y = doc.y
      frame(y, height, COLOR.groupRow)
      doc.font(FONT.bold).fontSize(size).fillColor(COLOR.heading)
      doc.text(text, rd.left + PAD_X, y + PAD_Y, { width: rd.width - 2 * PAD_X })
      doc.y = y + height
      stripe = false
      continue
    }
    const cells = row.cells.map(pdfText)
    const font = row.bold ? FONT.bold : FONT.regular
    const height = heightOf(cells, font)
    if (doc.y + height > rd.bottom) {
      rd.newPage()
      drawHeader()
    }
    const y = doc.y
    frame(y, height, row.alert ? COLOR.alertFill : stripe ? COLOR.tableStripe : null)
    for (const x of xs.slice(1)) doc.moveTo(x, y).lineTo(x, y + height).stroke()
    drawCells(cells, y, height, font, row.alert ? COLOR.alert : COLOR.text)
    doc.y = y + height
    stripe = !stripe
  }
  doc.x = rd.left
  doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text)
  rd.gap(10)
}
