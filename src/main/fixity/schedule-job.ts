import { recordAudit } from '../audit/record'
import { auditSummary, systemCtx } from '../background/system-actor'
import type { Job } from '../background/scheduler'
import type { Core } from '../core/context'
import { isActive, startRun } from './engine'
import { isScheduledRunDue } from './schedule'
import { readSchedule } from './schedule-store'

/**
 * The background job that verifies the whole archive on the schedule set in Integridad. While a
 * verification (by hand or scheduled) is running it waits; the next tick starts the due run. The
 * run is recorded with no actor ("Tarea programada") on behalf of whoever configured the schedule.
 */
export function fixityScheduleJob(core: Core): Job {
  return {
    name: 'verificación de integridad programada',
    async run(now) {
      const schedule = await readSchedule(core.db)
      if (!schedule || !isScheduledRunDue(now, schedule, schedule)) return
      const open = await core.db.selectFrom('fixity_runs').select('id').where('state', '=', 'en_curso').execute()
      if (open.some((r) => isActive(core, r.id))) return
      const ctx = systemCtx(core, now)
      const assetIds = (await core.db.selectFrom('assets').select('id').orderBy('id').execute()).map((a) => a.id)
      const runId = await core.db.transaction().execute(async (trx) => {
        await trx.updateTable('fixity_schedule').set({ last_run_at: ctx.nowIso }).where('id', '=', 1).execute()
        if (assetIds.length === 0) return null
        const run = await trx
          .insertInto('fixity_runs')
          .values({ scope: 'todo', state: 'en_curso', total: assetIds.length, started_at: ctx.nowIso, finished_at: null, created_by: schedule.updatedBy })
          .returning('id')
          .executeTakeFirstOrThrow()
        await trx.insertInto('fixity_scheduled_runs').values({ run_id: run.id }).execute()
        await recordAudit(trx, ctx, {
          action: 'fixity.start',
          entityType: 'fixity_run',
          entityId: run.id,
          summary: auditSummary(ctx, `Inició la verificación de integridad programada de todo el archivo (${assetIds.length} originales).`),
          details: { scope: 'todo', total: assetIds.length, scheduled: true }
        })
        return run.id
      })
      if (runId !== null) startRun(ctx, runId, assetIds)
    }
  }
}
