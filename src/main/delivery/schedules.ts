import type { ScheduledExport } from '../../shared/contract'
import { isoDateInColombia } from '../../shared/dates'
import type { AuthedCtx, Trx } from '../core/context'
import type { Db } from '../db/connection'
import { conflict, notFound } from '../core/errors'
import { recordAudit } from '../audit/record'
import { nextMonthlyRunOn, type MonthlyRunState } from '../background/monthly-schedule'
import { activeDestination, getDestination } from './destinations'

function scheduleQuery(db: Db | Trx) {
  return db
    .selectFrom('scheduled_exports as s')
    .innerJoin('destinations as d', 'd.id', 's.destination_id')
    .select(['s.id', 's.report', 's.destination_id', 'd.name as destination_name', 's.active', 's.last_run_on', 's.created_at'])
}

type ScheduleRow = Awaited<ReturnType<ReturnType<typeof scheduleQuery>['executeTakeFirstOrThrow']>>

export const runStateOf = (row: { last_run_on: string | null; created_at: string }): MonthlyRunState => ({
  lastRunOn: row.last_run_on,
  createdOn: isoDateInColombia(new Date(row.created_at))
})

const toSchedule = (row: ScheduleRow, today: string): ScheduledExport => ({
  id: row.id,
  report: row.report,
  destinationId: row.destination_id,
  destinationName: row.destination_name,
  active: row.active === 1,
  lastRunOn: row.last_run_on,
  nextRunOn: nextMonthlyRunOn(today, runStateOf(row))
})

export async function listSchedules(db: Db, today: string): Promise<ScheduledExport[]> {
  const rows = await scheduleQuery(db).orderBy('s.id').execute()
  return rows.map((row) => toSchedule(row, today))
}

async function getSchedule(db: Db | Trx, id: number, today: string): Promise<ScheduledExport> {
  const row = await scheduleQuery(db).where('s.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('la exportación programada')
  return toSchedule(row, today)
}

export async function saveSchedule(
  ctx: AuthedCtx,
  input: { id?: number | undefined; report: 'mensual'; destinationId: number; active: boolean }
): Promise<ScheduledExport> {
  const destination = input.active ? await activeDestination(ctx.db, input.destinationId) : await getDestination(ctx.db, input.destinationId)
  const id = await ctx.db.transaction().execute(async (trx) => {
    const twin = await trx
      .selectFrom('scheduled_exports')
      .select('id')
      .where('report', '=', input.report)
      .where('destination_id', '=', input.destinationId)
      .$if(input.id !== undefined, (q) => q.where('id', '<>', input.id!))
      .executeTakeFirst()
    if (twin) throw conflict(`El informe mensual ya se envía a «${destination.name}». Edite esa programación en lugar de crear otra.`)
    const what = `el envío del informe mensual a «${destination.name}» el primer día hábil de cada mes`
    if (input.id === undefined) {
      const row = await trx
        .insertInto('scheduled_exports')
        .values({ report: input.report, destination_id: input.destinationId, active: input.active ? 1 : 0, created_at: ctx.nowIso, updated_at: ctx.nowIso })
        .returning('id')
        .executeTakeFirstOrThrow()
      await recordAudit(trx, ctx, {
        action: 'delivery.schedule_created',
        entityType: 'scheduled_export',
        entityId: row.id,
        summary: `Programó ${what}${input.active ? '' : ' (inactiva)'}`,
        details: input
      })
      return row.id
    }
    const before = await getSchedule(trx, input.id, ctx.today)
    await trx
      .updateTable('scheduled_exports')
      .set({ destination_id: input.destinationId, active: input.active ? 1 : 0, updated_at: ctx.nowIso })
      .where('id', '=', input.id)
      .execute()
    await recordAudit(trx, ctx, {
      action: 'delivery.schedule_updated',
      entityType: 'scheduled_export',
      entityId: input.id,
      summary: `Modificó la programación del informe mensual: ${input.active ? 'activa' : 'inactiva'}, destino «${destination.name}»`,
      details: { before, after: input }
    })
    return input.id
  })
  return getSchedule(ctx.db, id, ctx.today)
}
