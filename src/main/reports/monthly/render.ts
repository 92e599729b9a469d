import { REVIEW_STAGE_LABELS } from '../../../shared/domain/pieces'
import { REPORT_KIND_LABELS, SOCIAL_METRIC_LABELS, SOCIAL_NETWORK_LABELS, type SocialMetric } from '../../../shared/domain/reports'
import { barChart } from '../pdf/chart'
import { pause, ReportDocument, type DocumentMeta, type RenderedPdf } from '../pdf/document'
import { capitalize, formatChange, formatDays, formatInteger, formatPercent, monthLabel } from '../pdf/format'
import { table } from '../pdf/table'
import { COLOR } from '../pdf/theme'
import { previousMonth } from '../period'
import type { Count } from '../stats'
import type { MonthlyData } from './data'
import { NO_CHANNEL_LABEL, NO_REQUEST_LABEL, type MonthlyFigures } from './figures'

const percentOf = (part: number, whole: number) => (whole > 0 ? formatPercent(part / whole) : '—')

function countChart(rd: ReportDocument, heading: string, counts: Count[], intro?: string): void {
  rd.subsection(heading)
  barChart(rd, {
    intro,
    series: [{ name: 'Piezas', color: COLOR.bar }],
    groups: counts.map((c) => ({ label: c.label, values: [c.count] }))
  })
}

async function countTable(rd: ReportDocument, heading: string, counts: Count[], total: number): Promise<void> {
  await table(
    rd,
    [
      { header: heading, weight: 6 },
      { header: 'Piezas', weight: 1.3, align: 'right' },
      { header: '% del total', weight: 1.5, align: 'right' }
    ],
    [
      ...counts.map((c) => ({ cells: [c.label, formatInteger(c.count), percentOf(c.count, total)] })),
      { cells: ['Total de piezas producidas', formatInteger(total), total > 0 ? '100,0 %' : '—'], bold: true }
    ]
  )
}

async function production(rd: ReportDocument, f: MonthlyFigures, monthName: string): Promise<void> {
  rd.section('2. Producción de piezas')
  if (f.produced === 0) {
    rd.notice(`No se aprobó ninguna pieza en ${monthName}.`)
    return
  }
  countChart(rd, '2.1 Por tipo de pieza', f.byType)
  countChart(
    rd,
    '2.2 Por canal previsto',
    f.byChannel,
    `Una pieza prevista para varios canales cuenta en cada uno de ellos${
      f.byChannel.some((c) => c.label === NO_CHANNEL_LABEL) ? `; «${NO_CHANNEL_LABEL}» reúne las piezas sin canales registrados` : ''
    }.`
  )
  await pause()
  rd.subsection('2.3 Por dependencia solicitante')
  await countTable(rd, 'Dependencia', f.byDependencia, f.produced)
  rd.subsection('2.4 Por estrategia del Plan de Comunicaciones')
  await countTable(rd, 'Estrategia', f.byStrategy, f.produced)
}

function publications(rd: ReportDocument, f: MonthlyFigures, monthName: string): void {
  rd.section('3. Publicaciones por canal')
  if (f.publications === 0) {
    rd.notice(`No se registraron publicaciones en ${monthName}.`)
    return
  }
  const channels = f.publicationsByChannel.length
  barChart(rd, {
    intro: `Se registraron ${formatInteger(f.publications)} ${f.publications === 1 ? 'publicación' : 'publicaciones'} en ${channels} ${channels === 1 ? 'canal' : 'canales'}.`,
    series: [{ name: 'Publicaciones', color: COLOR.bar }],
    groups: f.publicationsByChannel.map((c) => ({ label: c.label, values: [c.count] }))
  })
}

async function process(rd: ReportDocument, f: MonthlyFigures): Promise<void> {
  rd.section('4. Oportunidad y calidad del trámite')
  rd.subsection('4.1 Tiempo de aprobación')
  await table(
    rd,
    [
      { header: 'Etapa de revisión', weight: 3 },
      { header: 'Aprobaciones en el mes', weight: 2, align: 'right' },
      { header: 'Mediana', weight: 1.6, align: 'right' },
      { header: 'Percentil 90', weight: 1.6, align: 'right' }
    ],
    (['contenido', 'diseno'] as const).map((stage) => {
      const t = f.turnaround[stage]
      return { cells: [REVIEW_STAGE_LABELS[stage], formatInteger(t.count), formatDays(t.medianDays), formatDays(t.p90Days)] }
    })
  )
  rd.subsection('4.2 Devoluciones y cumplimiento de fechas')
  const r = f.returned
  const o = f.onTime
  await table(
    rd,
    [
      { header: 'Indicador', weight: 5 },
      { header: 'Resultado', weight: 1.6, align: 'right' },
      { header: 'Detalle', weight: 3.4 }
    ],
    [
      {
        cells: [
          'Piezas devueltas para ajustes',
          r.share === null ? '—' : formatPercent(r.share),
          `${formatInteger(r.returned)} de ${formatInteger(r.reviewed)} piezas revisadas en el mes`
        ]
      },
      {
        cells: [
          'Piezas publicadas a tiempo (fecha de entrega en el mes)',
          o.share === null ? '—' : formatPercent(o.share),
          `${formatInteger(o.onTime)} a tiempo, ${formatInteger(o.late)} con retraso` +
            (o.pending > 0 ? `; ${formatInteger(o.pending)} aún dentro del plazo` : '')
        ]
      }
    ]
  )
}

const SOCIAL_TABLE_METRICS: SocialMetric[] = ['followers', 'reach', 'impressions', 'interactions', 'videoViews', 'publications']

async function social(rd: ReportDocument, f: MonthlyFigures, data: MonthlyData, monthName: string): Promise<void> {
  rd.section('5. Estadísticas de redes sociales')
  if (f.social.length === 0) {
    rd.notice(`No hay estadísticas de redes sociales registradas para ${monthName}. Regístrelas en Pauta, en «Redes sociales».`)
    return
  }
  const previousName = monthLabel(previousMonth(data.month))
  rd.paragraph(
    `Cifras del mes por red social, con la variación frente a ${previousName}. «—» indica que no hay cifra o que no hay con qué comparar.`
  )
  await table(
    rd,
    [
      { header: 'Red social', weight: 1.1 },
      ...SOCIAL_TABLE_METRICS.map((m) => ({ header: SOCIAL_METRIC_LABELS[m], weight: m === 'videoViews' ? 1.6 : 1.3, align: 'right' as const }))
    ],
    f.social.map((line) => ({
      cells: [
        SOCIAL_NETWORK_LABELS[line.network],
        ...SOCIAL_TABLE_METRICS.map((m) => {
          const x = line.metrics[m]
          return x.value === null ? '—' : `${formatInteger(x.value)}\n${formatChange(x.change)}`
        })
      ]
    }))
  )
  const chartMetrics: SocialMetric[] = ['reach', 'interactions']
  for (const metric of chartMetrics) {
    const lines = f.social.filter((l) => l.metrics[metric].value !== null)
    if (lines.length === 0) continue
    const compared = lines.some((l) => l.metrics[metric].previous !== null)
    const current = { name: capitalize(monthName), color: COLOR.bar }
    barChart(rd, {
      title: `${SOCIAL_METRIC_LABELS[metric]} por red social`,
      series: compared ? [{ name: capitalize(previousName), color: COLOR.barPrevious }, current] : [current],
      groups: lines.map((l) => ({
        label: SOCIAL_NETWORK_LABELS[l.network],
        values: compared ? [l.metrics[metric].previous, l.metrics[metric].value] : [l.metrics[metric].value]
      }))
    })
  }
}

function criteria(rd: ReportDocument): void {
  rd.section('6. Criterios de cálculo')
  rd.bullets(
    [
      'Pieza producida: pieza con su aprobación final en el mes (la del diseño o, si no requiere diseño, la del contenido), sin contar las canceladas.',
      `Dependencia: la de la solicitud que originó la pieza; «${NO_REQUEST_LABEL}» agrupa las piezas propias de la oficina.`,
      'Publicaciones: cada publicación registrada en el mes, por canal; una pieza publicada en tres canales suma tres.',
      'Tiempo de aprobación: días calendario desde el primer envío a revisión de la etapa hasta su aprobación, para las aprobaciones del mes. Percentil 90: el tiempo que no superó el 90 % de las aprobaciones (interpolación lineal, como PERCENTIL.INC).',
      'Piezas devueltas: de las piezas con alguna revisión en el mes, las que fueron devueltas para ajustes al menos una vez en el mes.',
      'Publicación a tiempo: de las piezas no canceladas con fecha de entrega en el mes, las publicadas por primera vez a más tardar en esa fecha; las no publicadas cuya fecha ya pasó cuentan como retrasadas.',
      'Redes sociales: cifras registradas en Pauta por red y mes (manualmente o importadas de las plataformas); la variación compara con el mes anterior.',
      'Fechas y horas de Colombia (UTC-5).'
    ],
    { size: 8.5 }
  )
}

export async function renderMonthly(meta: Omit<DocumentMeta, 'documentName'>, data: MonthlyData, f: MonthlyFigures): Promise<RenderedPdf> {
  const rd = new ReportDocument({ ...meta, documentName: REPORT_KIND_LABELS.mensual })
  const monthName = monthLabel(data.month)
  rd.title(REPORT_KIND_LABELS.mensual, [capitalize(monthName), data.officeName].filter(Boolean).join(' · '))

  rd.section('1. Resumen del mes')
  rd.keyFigures([
    { value: formatInteger(f.produced), label: 'Piezas producidas' },
    { value: formatInteger(f.publications), label: 'Publicaciones registradas' },
    { value: formatDays(f.turnaround.contenido.medianDays), label: 'Mediana de aprobación del contenido' },
    { value: f.returned.share === null ? '—' : formatPercent(f.returned.share), label: 'Piezas devueltas para ajustes' },
    { value: f.onTime.share === null ? '—' : formatPercent(f.onTime.share), label: 'Publicadas a tiempo' }
  ])
  await production(rd, f, monthName)
  await pause()
  publications(rd, f, monthName)
  await process(rd, f)
  await pause()
  await social(rd, f, data, monthName)
  criteria(rd)
  return rd.finish()
}
