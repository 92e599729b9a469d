import { formatDate } from '../../../shared/dates'
import { FREQUENCY_LABELS, PHVA_LABELS } from '../../../shared/domain/plans'
import { REPORT_KIND_LABELS } from '../../../shared/domain/reports'
import { ReportDocument, type DocumentMeta, type RenderedPdf } from '../pdf/document'
import { formatDecimal, formatInteger, formatPercent, formatRange } from '../pdf/format'
import { table, type TableRow } from '../pdf/table'
import { colombianDate } from '../period'
import type { FollowupActivity, FollowupData } from './data'
import type { ActivityFollowup } from './figures'
import { COLOR, SIZE } from '../pdf/theme'

export type FollowedActivity = FollowupActivity & { followup: ActivityFollowup }

export const ALERT_RULES = [
  'Meta del periodo: la meta de la actividad en el plan, prorrateada por los días del periodo frente a los días de la vigencia del plan.',
  'Ejecutado: piezas de la actividad publicadas en el periodo; cada pieza cuenta una vez, en la fecha de su primera publicación. «Publicaciones» suma todas las publicaciones registradas en el periodo, en cualquier canal.',
  'Atrasada: lo ejecutado es menor que lo esperado a la fecha de corte, es decir, la meta del periodo multiplicada por la parte del periodo ya transcurrida (redondeado a un decimal).',
  'Sin actividad: la frecuencia de la actividad exige al menos una publicación en cada periodo (día hábil de lunes a viernes, semana de lunes a domingo, mes, bimestre, trimestre, semestre o año calendario; «Permanente», cada mes) y alguno de esos periodos, completo dentro del periodo del informe y ya terminado, no tuvo ninguna. Las actividades «Según requerimiento» no tienen esta alerta.'
]

/** The names of the activity's alerts, short enough for a table cell; section 4 explains them. */
function alertNames(f: ActivityFollowup): string {
  const names = [f.behind ? 'Atrasada' : '', f.gaps.length > 0 ? 'Sin actividad' : ''].filter(Boolean)
  return names.length > 0 ? names.join('\n') : '—'
}

const goalText = (a: FollowupActivity) => `${formatInteger(a.goalQuantity)}${a.goalUnit ? ` ${a.goalUnit}` : ''}`

export async function renderFollowup(
  meta: Omit<DocumentMeta, 'documentName' | 'landscape'>,
  data: FollowupData,
  activities: FollowedActivity[]
): Promise<RenderedPdf> {
  const rd = new ReportDocument({ ...meta, documentName: REPORT_KIND_LABELS.seguimiento_plan, landscape: true })
  rd.title(REPORT_KIND_LABELS.seguimiento_plan, `${data.plan.name} · Periodo: ${formatRange(data.from, data.to)} · Corte: ${formatDate(colombianDate(meta.generatedAt))}`)
  if (data.from !== data.requested.from || data.to !== data.requested.to) {
    rd.notice(
      `El periodo pedido (${formatRange(data.requested.from, data.requested.to)}) se ajustó a la vigencia del plan (${formatRange(data.plan.startsOn, data.plan.endsOn)}).`
    )
  }

  const flagged = activities.filter((a) => a.followup.alerts.length > 0)
  const goals = activities.reduce((sum, a) => sum + a.followup.periodGoal, 0)
  const executed = activities.reduce((sum, a) => sum + a.followup.executed, 0)
  rd.section('1. Resumen')
  rd.keyFigures([
    { value: formatInteger(activities.length), label: 'Actividades del plan' },
    { value: formatInteger(executed), label: 'Piezas publicadas en el periodo' },
    { value: goals > 0 ? formatPercent(executed / goals) : '—', label: 'Ejecución frente a las metas del periodo' },
    { value: formatInteger(activities.filter((a) => a.followup.behind).length), label: 'Actividades atrasadas' },
    { value: formatInteger(activities.filter((a) => a.followup.gaps.length > 0).length), label: 'Actividades con periodos sin actividad' }
  ])

  rd.section('2. Reglas de alerta')
  rd.bullets(ALERT_RULES, { size: 8.5 })

  rd.section('3. Ejecución por estrategia y actividad')
  if (activities.length === 0) {
    rd.notice('El plan aún no tiene actividades registradas.')
  } else {
    const rows: TableRow[] = []
    for (const strategy of data.strategies) {
      const own = activities.filter((a) => a.strategyId === strategy.id)
      if (own.length === 0) continue
      rows.push({ group: `Estrategia: ${strategy.name}` })
      for (const a of own) {
        const f = a.followup
        rows.push({
          alert: f.alerts.length > 0,
          cells: [
            a.description,
            `${a.phvaPhase} · ${PHVA_LABELS[a.phvaPhase]}`,
            a.responsibleName ?? 'Sin asignar',
            FREQUENCY_LABELS[a.frequency],
            goalText(a),
            formatDecimal(f.periodGoal),
            formatInteger(f.executed),
            formatInteger(f.publications),
            f.percent === null ? '—' : formatPercent(f.percent),
            alertNames(f)
          ]
        })
      }
    }
    // Widths in points of the landscape page: numbers and one-word labels must fit unbroken.
    await table(
      rd,
      [
        { header: 'Actividad', weight: 160 },
        { header: 'Fase PHVA', weight: 50 },
        { header: 'Responsable', weight: 82 },
        { header: 'Frecuencia', weight: 62 },
        { header: 'Meta del plan', weight: 74, align: 'right' },
        { header: 'Meta del periodo', weight: 46, align: 'right' },
        { header: 'Piezas publicadas', weight: 50, align: 'right' },
        { header: 'Publicaciones', weight: 60, align: 'right' },
        { header: '% de la meta', weight: 44, align: 'right' },
        { header: 'Alerta', weight: 64 }
      ],
      rows,
      { size: SIZE.small }
    )
    rd.paragraph('El detalle de cada alerta está en la sección 4.', { italic: true, color: COLOR.muted, size: SIZE.small })
  }

  rd.section('4. Desviaciones')
  if (flagged.length === 0) {
    rd.notice('No se encontraron desviaciones en el periodo.')
  } else {
    rd.paragraph(`${formatInteger(flagged.length)} de ${formatInteger(activities.length)} actividades tienen alertas:`)
    await table(
      rd,
      [
        { header: 'Estrategia', weight: 2 },
        { header: 'Actividad', weight: 4 },
        { header: 'Responsable', weight: 1.8 },
        { header: 'Alerta', weight: 5 }
      ],
      flagged.map((a) => ({
        cells: [
          data.strategies.find((s) => s.id === a.strategyId)?.name ?? '',
          a.description,
          a.responsibleName ?? 'Sin asignar',
          a.followup.alerts.join('\n')
        ]
      }))
    )
  }
  return rd.finish()
}
