import type { Core } from '../core/context'
import type { Clock } from '../core/host'
import { createBackup } from '../backups/create'
import { withMaintenanceLock } from '../backups/live-database'
import { readBackupSettings } from '../backups/settings'
import type { WriteIo } from '../delivery/atomic-write'
import { drainOutbox } from '../delivery/outbox'
import { onOutboxQueued } from '../delivery/outbox-events'
import { fixityScheduleJob } from '../fixity/schedule-job'
import { isoDateInColombia } from '../../shared/dates'
import { runMonthlyExports, type MonthlyReportGenerator } from './monthly-exports'
import { createScheduler, type Job, type Scheduler, type Timer } from './scheduler'
import { systemCtx } from './system-actor'

const FAILED_JOB_PAUSE_MS = 60 * 60_000

/** After a failure, the job rests an hour instead of failing again every minute. */
function restingAfterFailure(job: Job): Job {
  let restUntil = 0
  return {
    name: job.name,
    async run(now) {
      if (now.getTime() < restUntil) return
      try {
        await job.run(now)
      } catch (error) {
        restUntil = now.getTime() + FAILED_JOB_PAUSE_MS
        throw error
      }
    }
  }
}

export function outboxJob(core: Core, io?: WriteIo): Job {
  return {
    name: 'bandeja de salida',
    run: async (now) => {
      await withMaintenanceLock(core, () => drainOutbox(systemCtx(core, now), io))
    }
  }
}

/** The first run of each Colombian day backs the database up, once Pauta is configured. */
export function dailyBackupJob(core: Core): Job {
  return restingAfterFailure({
    name: 'copia de seguridad diaria',
    run: (now) =>
      withMaintenanceLock(core, async () => {
        const configured = await core.db.selectFrom('entity_settings').select('id').executeTakeFirst()
        if (!configured) return
        const { lastBackupAt } = await readBackupSettings(core.db, core.dataDir)
        const today = isoDateInColombia(now)
        if (lastBackupAt !== null && isoDateInColombia(new Date(lastBackupAt)) >= today) return
        await createBackup(systemCtx(core, now))
      })
  })
}

export function monthlyExportsJob(core: Core, generate: MonthlyReportGenerator, io?: WriteIo): Job {
  return restingAfterFailure({
    name: 'exportaciones programadas',
    run: async (now) => {
      await withMaintenanceLock(core, () => runMonthlyExports(systemCtx(core, now), generate, io))
    }
  })
}

export interface BackgroundOptions {
  generateMonthly: MonthlyReportGenerator
  clock: Clock
  timer?: Timer
  log?: (error: unknown) => void
  io?: WriteIo
}

/**
 * The work Pauta does on its own while it runs: the outbox every minute (and as soon as a file is
 * queued), the monthly exports on their day, the day's first backup and the scheduled fixity run. Not started: call start().
 */
export function createBackground(core: Core, options: BackgroundOptions): Scheduler & { dispose(): Promise<void> } {
  const scheduler = createScheduler({
    jobs: [dailyBackupJob(core), monthlyExportsJob(core, options.generateMonthly, options.io), outboxJob(core, options.io), fixityScheduleJob(core)],
    clock: options.clock,
    ...(options.timer ? { timer: options.timer } : {}),
    ...(options.log ? { log: options.log } : {})
  })
  const unsubscribe = onOutboxQueued(core, () => scheduler.wake())
  return {
    ...scheduler,
    async dispose() {
      unsubscribe()
      await scheduler.stop()
    }
  }
}
