import { DIGEST_NAME, MEDIUM_TYPE_LABELS, TONE_LABELS, TONES } from '../../../shared/domain/monitoring'
import { formatDate } from '../../../shared/dates'
import { barChart } from '../../reports/pdf/chart'
import { ReportDocument, type DocumentMeta, type RenderedPdf } from '../../reports/pdf/document'
import { capitalize, formatInteger, formatPercent } from '../../reports/pdf/format'
import { table } from '../../reports/pdf/table'
import { COLOR } from '../../reports/pdf/theme'
import type { DigestClip, DigestData } from './data'
import { formatLongDate } from './data'

const CHART_TOPICS = 10

function mediumLine(clip: DigestClip): string {
  return [clip.medium, MEDIUM_TYPE_LABELS[clip.mediumType], clip.program].filter(Boolean).join(' · ')
}

function detailLine(clip: DigestClip): string {
  const parts = [
    clip.dependencia ? `Dependencia: ${clip.dependencia}` : '',
    clip.spokesperson ? `Vocero: ${clip.spokesperson}` : '',
    clip.reach !== null ? `Alcance estimado: ${formatInteger(clip.reach)}` : ''
  ]
  return parts.filter(Boolean).join(' · ')
}

export async function renderDigestPdf(meta: Omit<DocumentMeta, 'documentName'>, data: DigestData): Promise<RenderedPdf> {
  const rd = new ReportDocument({ ...meta, documentName: DIGEST_NAME })
  rd.title(`${DIGEST_NAME} del ${formatDate(data.date)}`, [capitalize(formatLongDate(data.date)), data.officeName].filter(Boolean).join(' · '))
  const { counts } = data
  if (counts.total === 0) {
    rd.section('Notas del día')
    rd.notice(`No se registraron notas de medios sobre la entidad el ${formatDate(data.date)}.`)
    return rd.finish()
  }

  rd.section('1. Resumen del día')
  rd.keyFigures([
    { value: formatInteger(counts.total), label: 'Notas registradas' },
    ...TONES.map((tone) => ({
      value: `${formatInteger(counts[tone])} (${formatPercent(counts[tone] / counts.total)})`,
      label: `Tono ${TONE_LABELS[tone].toLowerCase()}`
    }))
  ])
  rd.section('2. Por tema y tono')
  barChart(rd, {
    title: data.topics.length > CHART_TOPICS ? `Los ${CHART_TOPICS} temas con más notas` : 'Notas por tema',
    series: [{ name: 'Notas', color: COLOR.bar }],
    groups: data.topics.slice(0, CHART_TOPICS).map((t) => ({ label: t.topic, values: [t.counts.total] }))
  })
  await table(
    rd,
    [
      { header: 'Tema', weight: 5 },
      ...TONES.map((tone) => ({ header: TONE_LABELS[tone], weight: 1.2, align: 'right' as const })),
      { header: 'Total', weight: 1.2, align: 'right' }
    ],
    [
      ...data.topics.map((t) => ({
        cells: [t.topic, ...TONES.map((tone) => formatInteger(t.counts[tone])), formatInteger(t.counts.total)],
        alert: t.counts.negativo > 0 && t.counts.negativo >= t.counts.positivo
      })),
      { cells: ['Total', ...TONES.map((tone) => formatInteger(counts[tone])), formatInteger(counts.total)], bold: true }
    ]
  )
  rd.section('3. Por tipo de medio')
  await table(
    rd,
    [
      { header: 'Tipo de medio', weight: 5 },
      ...TONES.map((tone) => ({ header: TONE_LABELS[tone], weight: 1.2, align: 'right' as const })),
      { header: 'Total', weight: 1.2, align: 'right' }
    ],
    data.byMediumType.map((t) => ({
      cells: [MEDIUM_TYPE_LABELS[t.mediumType], ...TONES.map((tone) => formatInteger(t.counts[tone])), formatInteger(t.counts.total)]
    }))
  )
  rd.section('4. Notas del día por tema')
  await table(
    rd,
    [
      { header: 'Medio', weight: 2.6 },
      { header: 'Titular y resumen', weight: 6 },
      { header: 'Tono', weight: 1.2 }
    ],
    data.topics.flatMap((t) => [
      { group: `${t.topic} (${formatInteger(t.counts.total)})` },
      ...t.clips.map((clip) => ({
        cells: [
          mediumLine(clip),
          [clip.headline, clip.summary, detailLine(clip), clip.url ?? ''].filter(Boolean).join('\n'),
          TONE_LABELS[clip.tone]
        ],
        alert: clip.tone === 'negativo'
      }))
    ])
  )
  return rd.finish()
}
