import type { InquiryFigures } from '../../shared/contract/inquiries'
import type { Db } from '../db/connection'
import { validation } from '../core/errors'
import { answeredInTerm } from './terms'

/** The instant a Colombian calendar day starts (UTC−5 all year). */
const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00-05:00`).toISOString()
const nextDayStart = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00-05:00`) + 86_400_000).toISOString()

/**
 * Counts over the inquiries received between `from` and `to` (Colombian dates, inclusive). An
 * unanswered inquiry still within its term is neither on time nor late yet, so it stays out of
 * the share; once its due date passes unanswered it counts against it.
 */
export async function inquiryFigures(db: Db, today: string, from: string, to: string): Promise<InquiryFigures> {
  if (to < from) throw validation('La fecha final del periodo es anterior a la inicial.', { to: 'Debe ser igual o posterior a la fecha inicial.' })
  const rows = await db
    .selectFrom('inquiries')
    .select(['replied_at', 'due_on'])
    .where('received_at', '>=', dayStart(from))
    .where('received_at', '<', nextDayStart(to))
    .execute()
  let answered = 0
  let inTerm = 0
  let pendingInTerm = 0
  let overdueOpen = 0
  for (const r of rows) {
    if (r.replied_at) {
      answered++
      if (answeredInTerm(r.replied_at, r.due_on)) inTerm++
    } else if (r.due_on < today) overdueOpen++
    else pendingInTerm++
  }
  const decided = rows.length - pendingInTerm
  return {
    from,
    to,
    received: rows.length,
    answered,
    answeredInTerm: inTerm,
    answeredLate: answered - inTerm,
    pendingInTerm,
    overdueOpen,
    shareInTerm: decided === 0 ? null : inTerm / decided
  }
}
