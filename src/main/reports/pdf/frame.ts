import { formatDate } from '../../../shared/dates'
import type { PdfHeader } from './document'
import { pdfText } from './text'
import { COLOR, FONT, PAGE, SIZE } from './theme'

/** The horizontal span of the page's body. */
export interface Area {
  left: number
  width: number
}

/**
 * The institutional header as the entity's quality system frames its formats: logo, entity and
 * process over the document's name, and the format's code, version and date on the right.
 */
export function drawHeader(doc: PDFKit.PDFDocument, { left, width }: Area, header: PdfHeader, logo: string | null, documentName: string): void {
  const top = PAGE.headerTop
  const height = PAGE.headerHeight
  const logoWidth = logo ? 104 : 0
  const codeWidth = 150
  const centerX = left + logoWidth
  const centerWidth = width - logoWidth - codeWidth
  const codeX = centerX + centerWidth
  const band = height / 2

  doc.lineWidth(0.75).strokeColor(COLOR.rule)
  doc.rect(left, top, width, height).stroke()
  if (logo) {
    doc.moveTo(centerX, top).lineTo(centerX, top + height).stroke()
    doc.image(logo, left + 6, top + 5, { fit: [logoWidth - 12, height - 10], align: 'center', valign: 'center' })
  }
  doc.moveTo(codeX, top).lineTo(codeX, top + height).stroke()
  doc.moveTo(centerX, top + band).lineTo(codeX, top + band).stroke()
  doc.rect(centerX + 0.4, top + band + 0.4, centerWidth - 0.8, band - 0.8).fill(COLOR.tableHeader)

  /** Text centred in a box `room` points high starting at `y`; what does not fit ends in "…". */
  const centered = (text: string, y: number, room: number, font: string, size: number, color: string) => {
    doc.font(font).fontSize(size)
    const content = pdfText(text)
    const options = { width: centerWidth - 12, align: 'center' as const, height: room, ellipsis: true }
    const textHeight = Math.min(doc.heightOfString(content, { width: options.width }), room)
    doc.fillColor(color).text(content, centerX + 6, y + (room - textHeight) / 2, options)
  }
  const processLine = header.processName ? `Proceso: ${header.processName}` : ''
  const entity = header.entityName.toLocaleUpperCase('es-CO')
  // A long entity or process name gets smaller type rather than spilling out of its band.
  const measure = (entitySize: number) => {
    doc.font(FONT.bold).fontSize(entitySize)
    const entityHeight = doc.heightOfString(pdfText(entity), { width: centerWidth - 12 })
    doc.font(FONT.regular).fontSize(entitySize - 1.5)
    const processHeight = processLine ? doc.heightOfString(pdfText(processLine), { width: centerWidth - 12 }) : 0
    return { entitySize, entityHeight, processHeight }
  }
  const fits = (m: ReturnType<typeof measure>) => m.entityHeight + m.processHeight + 1 <= band - 4
  // Past the smallest size, the process keeps one line and the entity what room is left, both ending in "…".
  const clipped = (m: ReturnType<typeof measure>) => {
    doc.font(FONT.regular).fontSize(m.entitySize - 1.5)
    const processHeight = Math.min(m.processHeight, doc.currentLineHeight())
    return { ...m, processHeight, entityHeight: Math.min(m.entityHeight, band - 5 - processHeight) }
  }
  const sizes = [9.5, 8.5, 7.5].map(measure)
  const fitted = sizes.find(fits) ?? clipped(sizes.at(-1)!)
  const stackTop = top + Math.max(2, (band - fitted.entityHeight - fitted.processHeight - 1) / 2)
  centered(entity, stackTop, fitted.entityHeight + 1, FONT.bold, fitted.entitySize, COLOR.heading)
  if (processLine) {
    centered(processLine, stackTop + fitted.entityHeight + 1, fitted.processHeight + 1, FONT.regular, fitted.entitySize - 1.5, COLOR.muted)
  }
  centered(documentName.toLocaleUpperCase('es-CO'), top + band + 2, band - 4, FONT.bold, 9.5, COLOR.text)

  const rows: [string, string][] = [
    ['Código', header.documentCode || '—'],
    ['Versión', header.version || '—'],
    ['Fecha', header.versionDate ? formatDate(header.versionDate) : '—']
  ]
  const rowHeight = height / rows.length
  rows.forEach(([label, value], i) => {
    const y = top + i * rowHeight
    if (i > 0) doc.moveTo(codeX, y).lineTo(left + width, y).stroke()
    doc.font(FONT.bold).fontSize(8).fillColor(COLOR.muted)
    doc.text(`${label}:`, codeX + 7, y + rowHeight / 2 - 4, { width: 44, lineBreak: false })
    doc.font(FONT.regular).fontSize(8).fillColor(COLOR.text)
    doc.text(pdfText(value), codeX + 51, y + rowHeight / 2 - 4, { width: codeWidth - 58, lineBreak: false, ellipsis: true })
  })
}

/** Who generated the document and when, and "Página X de Y". */
export function drawFooter(doc: PDFKit.PDFDocument, { left, width }: Area, generated: string, page: number, count: number): void {
  const y = doc.page.height - PAGE.footerFromBottom
  doc.lineWidth(0.5).strokeColor(COLOR.rule)
  doc.moveTo(left, y).lineTo(left + width, y).stroke()
  doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted)
  doc.text(pdfText(generated), left, y + 6, { width: width - 90, lineBreak: false, ellipsis: true })
  doc.font(FONT.bold).fillColor(COLOR.text)
  doc.text(`Página ${page} de ${count}`, left + width - 90, y + 6, { width: 90, align: 'right', lineBreak: false })
}
