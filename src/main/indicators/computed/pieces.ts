import { median } from '../../reports/stats'
import { colombianDate } from '../../reports/period'
import { percentFigures, round2, span, type ComputeInput, type Figures } from './figures'

const DAY_MS = 86_400_000

/** Of the pieces first published in the period, those published on or before their due date (Colombian calendar). */
export async function onTimePublication({ db, period }: ComputeInput): Promise<Figures> {
  const rows = await db
    .selectFrom('pieces as p')
    .innerJoin('publications as pb', 'pb.piece_id', 'p.id')
    .select((eb) => ['p.id', 'p.due_date', eb.fn.min<string>('pb.published_at').as('first_at')])
    .where('p.state', '<>', 'cancelada')
    .groupBy(['p.id', 'p.due_date'])
    .having((eb) => eb.fn.min('pb.published_at'), '>=', period.startIso)
    .having((eb) => eb.fn.min('pb.published_at'), '<', period.endIso)
    .execute()
  const onTime = rows.filter((r) => colombianDate(r.first_at) <= r.due_date).length
  return percentFigures(
    onTime,
    rows.length,
    `${onTime} de ${rows.length} piezas publicadas ${span(period)} salieron en su fecha límite o antes.`,
    `ninguna pieza se publicó ${span(period)}.`
  )
}

/**
 * Median days from the first time each piece's content was sent to review (its audit trail) to the
 * approval that finished it: design, or content when the piece needs no design.
 */
export async function approvalTurnaround({ db, period }: ComputeInput): Promise<Figures> {
  const approvals = await db
    .selectFrom('reviews as rv')
    .innerJoin('pieces as p', 'p.id', 'rv.piece_id')
    .select((eb) => [
      'rv.piece_id',
      eb.fn.max<string>('rv.created_at').as('approved_at'),
      eb
        .selectFrom('audit_log as a')
        .select((sub) => sub.fn.min<string>('a.at').as('m'))
        .where('a.entity_type', '=', 'piece')
        .where('a.action', '=', 'pieces.content_submitted')
        .whereRef('a.entity_id', '=', 'rv.piece_id')
        .as('submitted_at')
    ])
    .where('rv.decision', '=', 'aprobada')
    .where('rv.created_at', '>=', period.startIso)
    .where('rv.created_at', '<', period.endIso)
    .where('p.state', '<>', 'cancelada')
    .where((eb) => eb.or([eb('rv.stage', '=', 'diseno'), eb.and([eb('rv.stage', '=', 'contenido'), eb('p.requires_design', '=', 0)])]))
    .groupBy('rv.piece_id')
    .execute()
  const days = approvals
    .filter((a) => a.submitted_at !== null)
    .map((a) => (Date.parse(a.approved_at) - Date.parse(a.submitted_at!)) / DAY_MS)
  const value = median(days)
  if (value === null) {
    return { numerator: null, denominator: 0, value: null, detail: `No hay datos en el periodo: ninguna pieza recibió su aprobación final ${span(period)}.` }
  }
  const rounded = round2(value)
  return {
    numerator: null,
    denominator: days.length,
    value: rounded,
    detail: `Mediana de ${days.length} ${days.length === 1 ? 'pieza aprobada' : 'piezas aprobadas'} ${span(period)}: ${rounded.toLocaleString('es-CO')} días desde el primer envío del contenido a revisión hasta la aprobación final.`
  }
}

/** Of the pieces reviewed in the period, those returned for adjustments at least once in it. */
export async function returnedPieces({ db, period }: ComputeInput): Promise<Figures> {
  const rows = await db
    .selectFrom('reviews')
    .select(['piece_id', 'decision'])
    .where('created_at', '>=', period.startIso)
    .where('created_at', '<', period.endIso)
    .execute()
  const reviewed = new Set(rows.map((r) => r.piece_id))
  const returned = new Set(rows.filter((r) => r.decision === 'devuelta').map((r) => r.piece_id))
  return percentFigures(
    returned.size,
    reviewed.size,
    `${returned.size} de ${reviewed.size} piezas revisadas ${span(period)} fueron devueltas para ajustes al menos una vez.`,
    `no se revisó ninguna pieza ${span(period)}.`
  )
}
