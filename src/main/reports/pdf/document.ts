import PDFDocument from 'pdfkit'
import { imageKind } from './image'
import { formatInstant } from './format'
import { drawFooter, drawHeader } from './frame'
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

const HEADING = {
  section: { size: SIZE.section, color: COLOR.heading, before: 6, after: 4 },
  subsection: { size: SIZE.subsection, color: COLOR.text, before: 4, after: 3 }
} as const

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
  private readonly pending: { text: string; level: keyof typeof HEADING }[] = []

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

  /**
   * A numbered section title. Titles wait for the block that follows them (see `begin`), so a
   * title never ends a page with its content on the next one.
   */
  section(text: string): void {
    this.pending.push({ text, level: 'section' })
  }

  subsection(text: string): void {
    this.pending.push({ text, level: 'subsection' })
  }

  /** Reserves `height` points for the block about to be drawn, together with the titles waiting for it. */
  begin(height: number): void {
    const headings = this.pending.splice(0)
    const { doc } = this
    const headingsHeight = headings.reduce((sum, h) => {
      const style = HEADING[h.level]
      doc.font(FONT.bold).fontSize(style.size)
      return sum + style.before + doc.heightOfString(pdfText(h.text), { width: this.width }) + style.after
    }, 0)
    this.ensureSpace(headingsHeight + height)
    for (const h of headings) {
      const style = HEADING[h.level]
      this.gap(style.before)
      doc.font(FONT.bold).fontSize(style.size).fillColor(style.color)
      doc.text(pdfText(h.text), this.left, doc.y, { width: this.width })
      this.gap(style.after)
    }
    doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text)
  }

  paragraph(text: string, options: { color?: string; italic?: boolean; size?: number } = {}): void {
    const { doc } = this
    const content = pdfText(text)
    const font = options.italic ? FONT.italic : FONT.regular
    const size = options.size ?? SIZE.body
    doc.font(font).fontSize(size)
    // At least two lines stay with the titles above; a long text then flows across pages.
    this.begin(Math.min(doc.heightOfString(content, { width: this.width, lineGap: 1.5 }), 2.5 * doc.currentLineHeight(true)))
    doc.font(font).fontSize(size).fillColor(options.color ?? COLOR.text)
    doc.text(content, this.left, doc.y, { width: this.width, lineGap: 1.5 })
    doc.moveDown(0.4)
    doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text)
  }

  /** A short list of rules or criteria, one bullet each. */
  bullets(items: string[], options: { size?: number } = {}): void {
    const { doc } = this
    const size = options.size ?? SIZE.body
    for (const [i, item] of items.entries()) {
      const text = pdfText(item)
      doc.font(FONT.regular).fontSize(size)
      const height = doc.heightOfString(text, { width: this.width - 14 }) + 2
      if (i === 0) this.begin(height)
      else this.ensureSpace(height)
      doc.font(FONT.regular).fontSize(size).fillColor(COLOR.text)
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
      if (i === 0) this.begin(height + 4)
      else this.ensureSpace(height + 4)
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
    this.begin(height + 8)
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
    this.begin(height + 6)
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
    if (this.pending.length > 0) this.begin(0)
    const range = doc.bufferedPageRange()
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i)
      // Writing in the margins must not start new pages.
      const margins = { ...doc.page.margins }
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
      const area = { left: this.left, width: this.width }
      drawHeader(doc, area, this.meta.header, this.logo, this.meta.documentName)
      drawFooter(doc, area, `Generado por ${this.meta.generatedBy} el ${formatInstant(this.meta.generatedAt)} · Pauta`, i + 1, range.count)
      doc.page.margins = margins
    }
    doc.end()
    await this.ended
    return { bytes: Buffer.concat(this.chunks), pageCount: range.count }
  }
}
