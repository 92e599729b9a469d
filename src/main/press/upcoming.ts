import type { PressUpcoming } from '../../shared/contract/press'
import { UPCOMING_CONFERENCE_DAYS } from '../../shared/domain/press'
import type { Ctx } from '../core/context'
import { listBulletins } from './bulletin-queries'
import { listConferences } from './conference-queries'
import { addDays, startOfColombianDay, weekOf } from './week'

/** Inicio's press card: conferences from today to a week ahead, and the bulletins of this week. */
export async function upcoming(ctx: Ctx): Promise<PressUpcoming> {
  const week = weekOf(ctx.today)
  const conferences = await listConferences(ctx.db, {
    startsFrom: startOfColombianDay(ctx.today),
    startsBefore: startOfColombianDay(addDays(ctx.today, UPCOMING_CONFERENCE_DAYS + 1)),
    ascending: true
  })
  const bulletins = await listBulletins(ctx.db, { issuedFrom: week.start, issuedTo: week.end })
  return { conferences, bulletins, weekStart: week.start, weekEnd: week.end }
}
