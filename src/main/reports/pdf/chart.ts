import type { ReportDocument } from './document'
import { formatInteger } from './format'
import { pdfText } from './text'
import { COLOR, FONT, PAGE, SIZE } from './theme'

export interface Series {
  name: string
  color: string
}

export interface BarGroup {
  label: string
  /** One value per series; null when there is no figure. */
  values: (number | null)[]
}

const BAR = 11
const BAR_GAP = 2
const GROUP_GAP = 7
const LABEL_SHARE = 0.32
const VALUE_ROOM = 52

export interface BarChart {
  /** Bold line above the chart. */
  title?: string
  /** A sentence that introduces the chart and stays on its page. */
  intro?: string
  series: Series[]
  groups: BarGroup[]
  format?: (value: number) => string
}

/**
 * Horizontal bars drawn with vector shapes, one group per label and one bar per series,
 * each with its value written at its end. With more than one series a legend goes on top.
 */
export function barChart(rd: ReportDocument, chart: BarChart): void {
  const { doc } = rd
  const { series, groups, title, intro } = chart
  const format = chart.format ?? formatInteger
  const max = Math.max(0, ...groups.flatMap((g) => g.values.map((v) => v ?? 0)))
  const labelWidth = rd.width * LABEL_SHARE
  const barLeft = rd.left + labelWidth + 6
  const barRoom = rd.width - labelWidth - 6 - VALUE_ROOM
  const groupHeight = series.length * BAR + (series.length - 1) * BAR_GAP
  const legendHeight = series.length > 1 ? 16 : 0
  doc.font(FONT.regular).fontSize(SIZE.body)
  const introHeight = intro ? doc.heightOfString(pdfText(intro), { width: rd.width }) + 6 : 0
  const height = introHeight + (title ? 18 : 4) + legendHeight + groups.length * (groupHeight + GROUP_GAP)

  // A chart that fits on a page is kept whole; a longer one starts on a fresh page and flows on.
  rd.begin(Math.min(height, rd.bottom - PAGE.bodyTop))
  if (intro) rd.paragraph(intro)
  if (title) {
    doc.font(FONT.bold).fontSize(SIZE.body).fillColor(COLOR.text)
    doc.text(pdfText(title), rd.left, doc.y, { width: rd.width })
    doc.moveDown(0.3)
  } else {
    rd.gap(4)
  }
  if (series.length > 1) {
    let x = barLeft
    const y = doc.y
    doc.font(FONT.regular).fontSize(SIZE.small)
    for (const s of series) {
      doc.rect(x, y + 1, 8, 8).fill(s.color)
      const name = pdfText(s.name)
      doc.fillColor(COLOR.text).text(name, x + 11, y + 1.5, { lineBreak: false })
      x += 11 + doc.widthOfString(name) + 14
    }
    doc.y = y + legendHeight
  }

  let top = doc.y
  let axisTop = top
  for (const group of groups) {
    if (top + groupHeight > rd.bottom) {
      drawAxis(rd, barLeft, axisTop, top)
      rd.newPage()
      top = doc.y
      axisTop = top
    }
    doc.font(FONT.regular).fontSize(SIZE.table).fillColor(COLOR.text)
    const label = pdfText(group.label)
    const labelHeight = Math.min(doc.heightOfString(label, { width: labelWidth }), groupHeight + GROUP_GAP - 1)
    doc.text(label, rd.left, top + (groupHeight - labelHeight) / 2 + 0.5, {
      width: labelWidth,
      align: 'right',
      height: groupHeight + GROUP_GAP - 1,
      ellipsis: true
    })
    group.values.forEach((value, i) => {
      const y = top + i * (BAR + BAR_GAP)
      const length = value !== null && max > 0 ? (value / max) * barRoom : 0
      if (length > 0) doc.rect(barLeft, y, Math.max(length, 1), BAR).fill(series[i]!.color)
      doc.font(FONT.regular).fontSize(SIZE.small).fillColor(value === null ? COLOR.muted : COLOR.text)
      doc.text(value === null ? 'sin dato' : format(value), barLeft + length + 4, y + 2.5, { lineBreak: false })
    })
    top += groupHeight + GROUP_GAP
  }
  drawAxis(rd, barLeft, axisTop, top)
  doc.x = rd.left
  doc.y = top + 4
  doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text)
}

function drawAxis(rd: ReportDocument, x: number, from: number, to: number): void {
  rd.doc
    .moveTo(x, from - 2)
    .lineTo(x, to - GROUP_GAP + 2)
    .lineWidth(0.75)
    .strokeColor(COLOR.rule)
    .stroke()
}
