import { formatDate } from '../../../shared/dates'
import {
  CHECKLIST_ITEMS,
  CHECKLIST_LABELS,
  PIECE_STATE_LABELS,
  PIECE_TYPE_LABELS,
  REVIEW_DECISION_LABELS,
  REVIEW_STAGE_LABELS
} from '../../../shared/domain/pieces'
import { REPORT_KIND_LABELS } from '../../../shared/domain/reports'
import { formatBytes } from '../../files'
import { pause, ReportDocument, type DocumentMeta, type RenderedPdf } from '../pdf/document'
import { formatInstant } from '../pdf/format'
import { table } from '../pdf/table'
import { toWinAnsi } from '../pdf/text'
import { COLOR, SIZE } from '../pdf/theme'
import type { PieceRecord } from './data'

const list = (items: string[]) => (items.length > 0 ? items.join(', ') : 'Ninguno')

function data(rd: ReportDocument, p: PieceRecord): void {
  rd.section('1. Datos de la pieza')
  const pairs: [string, string][] = [
    ['Código', p.code],
    ['Estado', PIECE_STATE_LABELS[p.state]],
    ['Título', p.title],
    ['Tipo', PIECE_TYPE_LABELS[p.type]],
    ['Fecha de entrega', formatDate(p.dueDate)],
    ['Requiere diseño', p.requiresDesign ? 'Sí' : 'No'],
    ['Redactor(a)', p.writerName],
    ['Diseñador(a)', p.designerName ?? 'Sin asignar'],
    ['Plan', p.planName],
    ['Estrategia', p.strategyName],
    ['Actividad', p.activity],
    ['Creada', `${formatInstant(p.createdAt)} por ${p.createdByName}`],
    ['Canales', list(p.channels)],
    ['Grupos de valor', list(p.audiences)]
  ]
  if (p.request) {
    pairs.push(
      ['Solicitud', `${p.request.code}: ${p.request.topic}`],
      ['Dependencia', p.request.dependencia],
      ['Solicitante', p.request.requesterName]
    )
  } else {
    pairs.push(['Solicitud', 'Iniciativa de la oficina (sin solicitud)'])
  }
  if (p.state === 'cancelada') pairs.push(['Motivo de cancelación', p.cancelReason])
  rd.fields(pairs)
}

async function content(rd: ReportDocument, p: PieceRecord): Promise<void> {
  rd.section('2. Contenido')
  if (p.contentVersions.length === 0 || !p.latestContent) {
    rd.notice('La pieza aún no tiene versiones del contenido.')
    return
  }
  await table(
    rd,
    [
      { header: 'Versión', weight: 0.9, align: 'center' },
      { header: 'Autor(a)', weight: 2.2 },
      { header: 'Fecha y hora', weight: 1.8 },
      { header: 'Nota de la versión', weight: 4 }
    ],
    p.contentVersions.map((v) => ({ cells: [String(v.number), v.authorName, formatInstant(v.createdAt), v.note || '—'] }))
  )
  rd.subsection(`Texto de la versión ${p.latestContent.number} (la más reciente)`)
  const { text, dropped } = toWinAnsi(p.latestContent.text)
  rd.paragraph(text)
  if (dropped) {
    rd.paragraph('Se omitieron emoji y símbolos que la fuente del PDF no puede mostrar; el texto original completo está en Pauta.', {
      italic: true,
      color: COLOR.muted,
      size: SIZE.small
    })
  }
}

async function design(rd: ReportDocument, p: PieceRecord): Promise<void> {
  rd.section('3. Diseño')
  if (p.designVersions.length === 0) {
    rd.notice(p.requiresDesign ? 'La pieza aún no tiene versiones del diseño.' : 'La pieza no requiere diseño.')
    return
  }
  await table(
    rd,
    [
      { header: 'Versión', weight: 0.9, align: 'center' },
      { header: 'Adjuntada', weight: 2.3 },
      { header: 'Archivos y huella SHA-256', weight: 6.3 }
    ],
    p.designVersions.map((v) => ({
      cells: [
        String(v.number),
        `${v.authorName}\n${formatInstant(v.createdAt)}${v.note ? `\nNota: ${v.note}` : ''}`,
        v.files.map((f) => `${f.name} (${formatBytes(f.size)})\nSHA-256: ${f.sha256}`).join('\n')
      ]
    })),
    { size: SIZE.small }
  )
}

/** Room for a review's title, checklist and comments, read as one block. */
const REVIEW_BLOCK = 175

async function reviews(rd: ReportDocument, p: PieceRecord): Promise<void> {
  rd.section('4. Revisiones')
  if (p.reviews.length === 0) {
    rd.notice('La pieza aún no tiene revisiones.')
    return
  }
  for (const [i, r] of p.reviews.entries()) {
    rd.subsection(`4.${i + 1} ${REVIEW_STAGE_LABELS[r.stage]}, versión ${r.versionNumber}: ${REVIEW_DECISION_LABELS[r.decision]}`)
    rd.begin(REVIEW_BLOCK)
    rd.paragraph(`Revisó ${r.reviewerName} el ${formatInstant(r.createdAt)}.`)
    await table(
      rd,
      [
        { header: 'Punto de control', weight: 7 },
        { header: 'Verificado', weight: 1.4, align: 'center' }
      ],
      CHECKLIST_ITEMS.map((item) => ({ cells: [CHECKLIST_LABELS[item], r.checklist[item] ? 'Sí' : 'No'] }))
    )
    rd.paragraph(`Comentarios: ${r.comments || 'Sin comentarios.'}`)
  }
}

async function publications(rd: ReportDocument, p: PieceRecord): Promise<void> {
  rd.section('5. Publicaciones')
  if (p.publications.length === 0) {
    rd.notice('La pieza aún no tiene publicaciones registradas.')
    return
  }
  await table(
    rd,
    [
      { header: 'Canal', weight: 1.6 },
      { header: 'Fecha y hora', weight: 1.6 },
      { header: 'Enlace o lugar', weight: 4.4 },
      { header: 'Registró', weight: 1.8 }
    ],
    p.publications.map((x) => ({ cells: [x.channel, formatInstant(x.publishedAt), x.urlOrPlace, x.publishedByName] }))
  )
}

async function history(rd: ReportDocument, p: PieceRecord): Promise<void> {
  rd.section('6. Historial')
  await table(
    rd,
    [
      { header: 'Fecha y hora', weight: 1.6 },
      { header: 'Persona', weight: 2 },
      { header: 'Acción', weight: 6 }
    ],
    p.history.map((h) => ({ cells: [formatInstant(h.at), h.actorName ?? 'Pauta', h.summary] }))
  )
}

export async function renderPieceRecord(meta: Omit<DocumentMeta, 'documentName'>, p: PieceRecord): Promise<RenderedPdf> {
  const rd = new ReportDocument({ ...meta, documentName: REPORT_KIND_LABELS.ficha_pieza })
  rd.title(`${REPORT_KIND_LABELS.ficha_pieza} ${p.code}`, p.title)
  data(rd, p)
  await content(rd, p)
  await design(rd, p)
  await pause()
  await reviews(rd, p)
  await publications(rd, p)
  await history(rd, p)
  return rd.finish()
}
