import type { GeneratedFile } from '../../shared/contract'
import type { Ctx } from '../core/context'
import { recordAudit } from '../audit/record'
import { deliverGenerated } from '../delivery/deliver'
import { runStateOf } from '../delivery/schedules'
import type { WriteIo } from '../delivery/atomic-write'
import { isMonthlyRunDue, previousMonth } from './monthly-schedule'
import { auditSummary } from './system-actor'

/** Produces the monthly management report of "aaaa-mm" as a generated file. */
export type MonthlyReportGenerator = (ctx: Ctx, month: string) => Promise<GeneratedFile>

const monthFormat = new Intl.DateTimeFormat('es-CO', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "2026-02" → "febrero de 2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return monthFormat.format(new Date(Date.UTC(y, m - 1, 1)))
}

/**
 * Runs every active monthly export that is due: the previous month's report, generated once and
 * sent to each due destination (or left in the outbox when the folder is not there). Returns how
 * many schedules ran.
 */
export async function runMonthlyExports(ctx: Ctx, generate: MonthlyReportGenerator, io?: WriteIo): Promise<number> {
  const schedules = await ctx.db
    .selectFrom('scheduled_exports as s')
    .innerJoin('destinations as d', 'd.id', 's.destination_id')
    .select(['s.id', 's.destination_id', 's.last_run_on', 's.created_at', 'd.name'])
    .where('s.active', '=', 1)
    .where('d.active', '=', 1)
    .orderBy('s.id')
    .execute()
  const due = schedules.filter((s) => isMonthlyRunDue(ctx.today, runStateOf(s)))
  if (due.length === 0) return 0
  const month = previousMonth(ctx.today.slice(0, 7))
  const file = await generate(ctx, month)
  for (const schedule of due) {
    const result = await deliverGenerated(ctx, file.id, schedule.destination_id, io)
    const outcome = result.status === 'entregado' ? `lo entregó en «${schedule.name}»` : `lo dejó en la bandeja de salida para «${schedule.name}»`
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('scheduled_exports').set({ last_run_on: ctx.today, updated_at: ctx.nowIso }).where('id', '=', schedule.id).execute()
      await recordAudit(trx, ctx, {
        action: 'delivery.schedule_ran',
        entityType: 'scheduled_export',
        entityId: schedule.id,
        summary: auditSummary(ctx, `Generó el informe mensual de ${monthLabel(month)} y ${outcome}`),
        details: { month, generatedFileId: file.id, status: result.status, path: result.deliveredPath, outboxId: result.outboxId }
      })
    })
  }
  return due.length
}
