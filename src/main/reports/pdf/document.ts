import PDFDocument from 'pdfkit'
import { formatDate } from '../../../shared/dates'
import { imageKind } from './image'
import { formatInstant } from './format'
import { pdfText } from './text'
import { COLOR, FONT, PAGE, SIZE } from './theme'

/** The institutional header as the PDF draws it. */
export interface PdfHeader {
  entityName: string
  processName: string
  documentCode: string
  version: string
  versionDate: string | null
  logo: Buffer | null
}

export interface DocumentMeta {
  header: PdfHeader
  /** The kind of document, shown in the header box, e.g. "Informe mensual de gestión". */
  documentName: string
  /** The document's own title, for the PDF properties. */
  title: string
  generatedBy: string
  /** ISO instant. */
  generatedAt: string
  landscape?: boolean
}

export interface RenderedPdf {
  bytes: Buffer
  pageCount: number
}

/** What every report shares: the header and who generates it, when. */
export type BaseMeta = Pick<DocumentMeta, 'header' | 'generatedBy' | 'generatedAt'>

/** A laid-out report with the names it is kept under. */
export interface BuiltReport {
  title: string
  fileName: string
  pdf: RenderedPdf
}

/** Lets the main process answer other calls between chunks of a long layout. */
export const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * A report being laid out: the body flows from page to page, and when it is finished every page
 * gets the institutional header and the footer with "Página X de Y", known only at the end.
 */
export class ReportDocument {
  readonly doc: PDFKit.PDFDocument
  private readonly chunks: Buffer[] = []
  private readonly ended: Promise<void>
  /** The logo as a data URI: pdfkit embeds an image given by a string once and reuses it on every page. */
  private readonly logo: string | null

  constructor(private readonly meta: DocumentMeta) {
    const logo = meta.header.logo
    this.logo = logo ? `data:image/${imageKind(logo) === 'png' ? 'png' : 'jpeg'};base64,${logo.toString('base64')}` : null
    this.doc = new PDFDocument({
      size: PAGE.size,
      layout: meta.landscape ? 'landscape' : 'portrait',
      margins: { top: PAGE.bodyTop, bottom: PAGE.bodyBottom, left: PAGE.side, right: PAGE.side },
      bufferPages: true,
      lang: 'es-CO',
      displayTitle: true,
      info: {
        Title: pdfText(meta.title),
        Author: pdfText(meta.header.entityName),
        Subject: pdfText(meta.documentName),
        Creator: 'Pauta',
        Producer: 'Pauta',
        CreationDate: new Date(meta.generatedAt)
      }
    })
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk))
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', resolve)
      this.doc.on('error', reject)
    })
    this.doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text)
  }

  get left(): number {
    return PAGE.side
  }

  get width(): number {
    return this.doc.page.width - 2 * PAGE.side
  }

  /** The lowest y the body may reach on the current page. */
  get bottom(): number {
    return this.doc.page.height - PAGE.bodyBottom
  }

  get y(): number {
    return this.doc.y
  }

  set y(value: number) {
    this.doc.y = value
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage()
  }

  newPage(): void {
    this.doc.addPage()
    this.doc.x = this.left
    this.doc.y = PAGE.bodyTop
  }

  gap(points: number): void {
    this.doc.y += points
  }

  /** The big title on the first page, with a line that says what and for when. */
  title(title: string, subtitle: string): void {
    const { doc } = this
    doc.font(FONT.bold).fontSize(SIZE.title).fillColor(COLOR.heading)
    doc.text(pdfText(title), this.left, doc.y, { width: this.width })
    doc.moveDown(0.2)
    doc.font(FONT.regular).fontSize(SIZE.body + 0.5).fillColor(COLOR.muted)
    doc.text(pdfText(subtitle), this.left, doc.y, { width: this.width })
    doc.moveDown(0.4)
    this.rule()
    this.gap(10)
    doc.fillColor(COLOR.text)
  }

  /** A numbered section title, kept together with the first lines that follow it. */
  section(text: string): void {
    this.ensureSpace(70)
    const { doc } = this
    this.gap(6)
    doc.font(FONT.bold).fontSize(SIZE.section).fillColor(COLOR.heading)
    doc.text(pdfText(text), this.left, doc.y, { width: this.width })
    doc.moveDown(0.3)
    doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text)
  }

  subsection(text: string): void {
    this.ensureSpace(50)
    const { doc } = this
    this.gap(4)
    doc.font(FONT.bold).fontSize(SIZE.subsection).fillColor(COLOR.text)
    doc.text(pdfText(text), this.left, doc.y, { width: this.width })
    doc.moveDown(0.25)
    doc.font(FONT.regular).fontSize(SIZE.body)
  }

  paragraph(text: string, options: { color?: string; italic?: boolean; size?: number } = {}): void {
    const { doc } = this
    doc
      .font(options.italic ? FONT.italic : FONT.regular)
      .fontSize(options.size ?? SIZE.body)
      .fillColor(options.color ?? COLOR.text)
    doc.text(pdfText(text), this.left, doc.y, { width: this.width, lineGap: 1.5 })
    doc.moveDown(0.4)
    doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text)
  }

  /** A short list of rules or criteria, one bullet each. */
  bullets(items: string[], options: { size?: number } = {}): void {
    const { doc } = this
    const size = options.size ?? SIZE.body
    doc.font(FONT.regular).fontSize(size).fillColor(COLOR.text)
    for (const item of items) {
      const text = pdfText(item)
      this.ensureSpace(doc.heightOfString(text, { width: this.width - 14 }) + 2)
      const y = doc.y
      doc.text('•', this.left + 2, y, { width: 10, lineBreak: false })
      doc.text(text, this.left + 14, y, { width: this.width - 14, lineGap: 1 })
      doc.moveDown(0.15)
    }
    doc.moveDown(0.25)
    doc.fontSize(SIZE.body)
  }

  /** Label–value pairs in two columns, as the data block of a form. */
  fields(pairs: [label: string, value: string][]): void {
    const { doc } = this
    const columnWidth = (this.width - 16) / 2
    const labelWidth = 96
    for (let i = 0; i < pairs.length; i += 2) {
      const row = pairs.slice(i, i + 2)
      const heights = row.map(([, value]) => {
        doc.font(FONT.regular).fontSize(SIZE.body)
        return doc.heightOfString(pdfText(value || '—'), { width: columnWidth - labelWidth })
      })
      const height = Math.max(...heights, 12)
      this.ensureSpace(height + 4)
      const y = doc.y
      row.forEach(([label, value], column) => {
        const x = this.left + column * (columnWidth + 16)
        doc.font(FONT.bold).fontSize(SIZE.body).fillColor(COLOR.muted)
        doc.text(pdfText(label), x, y, { width: labelWidth - 6 })
        doc.font(FONT.regular).fillColor(COLOR.text)
        doc.text(pdfText(value || '—'), x + labelWidth, y, { width: columnWidth - labelWidth })
      })
      doc.y = y + height + 4
    }
    doc.x = this.left
    doc.moveDown(0.3)
  }

  /** The month's key figures in a row of boxes: a big value over what it measures. */
  keyFigures(items: { value: string; label: string }[]): void {
    const { doc } = this
    const gap = 8
    const boxWidth = (this.width - gap * (items.length - 1)) / items.length
    doc.font(FONT.regular).fontSize(SIZE.small)
    const labelHeight = Math.max(...items.map((i) => doc.heightOfString(pdfText(i.label), { width: boxWidth - 12 })))
    const height = 30 + labelHeight + 6
    this.ensureSpace(height + 8)
    const y = doc.y
    items.forEach((item, i) => {
      const x = this.left + i * (boxWidth + gap)
      doc.lineWidth(0.75).rect(x, y, boxWidth, height).fillAndStroke(COLOR.tableStripe, COLOR.rule)
      doc.font(FONT.bold).fontSize(15).fillColor(COLOR.heading)
      doc.text(pdfText(item.value), x + 6, y + 7, { width: boxWidth - 12, align: 'center', lineBreak: false })
      doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted)
      doc.text(pdfText(item.label), x + 6, y + 28, { width: boxWidth - 12, align: 'center' })
    })
    doc.fillColor(COLOR.text).font(FONT.regular).fontSize(SIZE.body)
    doc.x = this.left
    doc.y = y + height + 10
  }

  /** A framed message, for empty sections and warnings. */
  notice(text: string, options: { alert?: boolean } = {}): void {
    const { doc } = this
    const content = pdfText(text)
    doc.font(FONT.regular).fontSize(SIZE.body)
    const height = doc.heightOfString(content, { width: this.width - 20 }) + 14
    this.ensureSpace(height + 6)
    const y = doc.y
    doc
      .rect(this.left, y, this.width, height)
      .fillAndStroke(options.alert ? COLOR.alertFill : COLOR.tableStripe, options.alert ? COLOR.alert : COLOR.rule)
    doc.fillColor(options.alert ? COLOR.alert : COLOR.text)
    doc.text(content, this.left + 10, y + 7, { width: this.width - 20 })
    doc.fillColor(COLOR.text)
    doc.x = this.left
    doc.y = y + height + 8
  }

  rule(): void {
    const { doc } = this
    doc
      .moveTo(this.left, doc.y)
      .lineTo(this.left + this.width, doc.y)
      .lineWidth(0.75)
      .strokeColor(COLOR.rule)
      .stroke()
  }

  /** Draws the header and footer on every page and closes the document. */
  async finish(): Promise<RenderedPdf> {
    const { doc } = this
    const range = doc.bufferedPageRange()
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i)
      // Writing in the margins must not start new pages.
      const margins = { ...doc.page.margins }
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
      this.drawHeader()
      this.drawFooter(i + 1, range.count)
      doc.page.margins = margins
    }
    doc.end()
    await this.ended
    return { bytes: Buffer.concat(this.chunks), pageCount: range.count }
  }

  private drawHeader(): void {
    const { doc, meta } = this
    const { header } = meta
    const top = PAGE.headerTop
    const height = PAGE.headerHeight
    const left = this.left
    const width = this.width
    const logoWidth = header.logo ? 104 : 0
    const codeWidth = 150
    const centerX = left + logoWidth
    const centerWidth = width - logoWidth - codeWidth
    const codeX = centerX + centerWidth
    const band = height / 2

    doc.lineWidth(0.75).strokeColor(COLOR.rule)
    doc.rect(left, top, width, height).stroke()
    if (this.logo) {
      doc.moveTo(centerX, top).lineTo(centerX, top + height).stroke()
      doc.image(this.logo, left + 6, top + 5, { fit: [logoWidth - 12, height - 10], align: 'center', valign: 'center' })
    }
    doc.moveTo(codeX, top).lineTo(codeX, top + height).stroke()
    doc.moveTo(centerX, top + band).lineTo(codeX, top + band).stroke()
    doc.fillColor(COLOR.heading).rect(centerX + 0.4, top + band + 0.4, centerWidth - 0.8, band - 0.8).fill(COLOR.tableHeader)

    const centered = (text: string, y: number, bandHeight: number, font: string, size: number, color: string) => {
      doc.font(font).fontSize(size)
      const content = pdfText(text)
      const options = { width: centerWidth - 12, align: 'center' as const, height: bandHeight - 4, ellipsis: true }
      const textHeight = Math.min(doc.heightOfString(content, options), bandHeight - 4)
      doc.fillColor(color).text(content, centerX + 6, y + (bandHeight - textHeight) / 2, options)
    }
    const processLine = header.processName ? `Proceso: ${header.processName}` : ''
    doc.font(FONT.bold).fontSize(9.5)
    const entityHeight = doc.heightOfString(pdfText(header.entityName.toLocaleUpperCase('es-CO')), { width: centerWidth - 12 })
    doc.font(FONT.regular).fontSize(8)
    const processHeight = processLine ? doc.heightOfString(pdfText(processLine), { width: centerWidth - 12 }) : 0
    const stackTop = top + Math.max(2, (band - entityHeight - processHeight - 1) / 2)
    centered(header.entityName.toLocaleUpperCase('es-CO'), stackTop, entityHeight + 2, FONT.bold, 9.5, COLOR.heading)
    if (processLine) centered(processLine, stackTop + entityHeight + 1, processHeight + 2, FONT.regular, 8, COLOR.muted)
    centered(meta.documentName.toLocaleUpperCase('es-CO'), top + band, band, FONT.bold, 9.5, COLOR.text)

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

  private drawFooter(page: number, count: number): void {
    const { doc, meta } = this
    const y = doc.page.height - PAGE.footerFromBottom
    doc.lineWidth(0.5).strokeColor(COLOR.rule)
    doc.moveTo(this.left, y).lineTo(this.left + this.width, y).stroke()
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted)
    const generated = pdfText(`Generado por ${meta.generatedBy} el ${formatInstant(meta.generatedAt)} · Pauta`)
    doc.text(generated, this.left, y + 6, { width: this.width - 90, lineBreak: false, ellipsis: true })
    doc.font(FONT.bold).fillColor(COLOR.text)
    doc.text(`Página ${page} de ${count}`, this.left + this.width - 90, y + 6, { width: 90, align: 'right', lineBreak: false })
  }
}
