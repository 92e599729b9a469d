import { colombianDate } from '../../reports/period'
import { percentFigures, span, type ComputeInput, type Figures } from './figures'

/** Of the inquiries due in the period, those replied by their due date (the reply's Colombian date). */
export async function inquiriesOnTime({ db, period }: ComputeInput): Promise<Figures> {
  const rows = await db
    .selectFrom('inquiries')
    .select(['due_on', 'replied_at'])
    .where('due_on', '>=', period.from)
    .where('due_on', '<=', period.to)
    .execute()
  const onTime = rows.filter((r) => r.replied_at !== null && colombianDate(r.replied_at) <= r.due_on).length
  return percentFigures(
    onTime,
    rows.length,
    `${onTime} de ${rows.length} inquietudes con vencimiento ${span(period)} se respondieron dentro del término.`,
    `ninguna inquietud ciudadana vencía ${span(period)}.`
  )
}

/** Of the coverages (not cancelled) due in the period, those delivered by their due time. */
export async function coveragesOnTime({ db, period }: ComputeInput): Promise<Figures> {
  const rows = await db
    .selectFrom('coverages')
    .select(['due_at', 'state', 'delivered_at'])
    .where('state', '<>', 'cancelada')
    .where('due_at', '>=', period.startIso)
    .where('due_at', '<', period.endIso)
    .execute()
  const onTime = rows.filter((r) => r.state === 'entregada' && r.delivered_at !== null && Date.parse(r.delivered_at) <= Date.parse(r.due_at)).length
  return percentFigures(
    onTime,
    rows.length,
    `${onTime} de ${rows.length} cubrimientos con entrega pactada ${span(period)} se entregaron a tiempo.`,
    `ningún cubrimiento tenía entrega pactada ${span(period)}.`
  )
}

async function clipTones({ db, period }: ComputeInput) {
  const rows = await db
    .selectFrom('media_clips')
    .select(['tone'])
    .where('clip_date', '>=', period.from)
    .where('clip_date', '<=', period.to)
    .execute()
  return { total: rows.length, negative: rows.filter((r) => r.tone === 'negativo').length }
}

const NO_CLIPS = (input: ComputeInput) => `no se registró ninguna nota de medios ${span(input.period)}.`

/** Share of the period's media clips whose tone is positive or neutral. */
export async function favourableClips(input: ComputeInput): Promise<Figures> {
  const { total, negative } = await clipTones(input)
  const favourable = total - negative
  return percentFigures(
    favourable,
    total,
    `${favourable} de ${total} registros de medios ${span(input.period)} tuvieron tono positivo o neutro.`,
    NO_CLIPS(input)
  )
}

/** Share of the period's media clips whose tone is negative. */
export async function negativeClips(input: ComputeInput): Promise<Figures> {
  const { total, negative } = await clipTones(input)
  return percentFigures(negative, total, `${negative} de ${total} registros de medios ${span(input.period)} tuvieron tono negativo.`, NO_CLIPS(input))
}
