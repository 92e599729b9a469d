import type { DomainHandlers } from '../core/handlers'
import { authorize } from '../auth/permissions'
import { createBackup } from './create'
import { withMaintenanceLock } from './live-database'
import { restoreBackup } from './restore'
import { configureBackups } from './settings'
import { backupStatus } from './status'

export const backupsHandlers: DomainHandlers<'backups'> = {
  async status(ctx) {
    authorize(ctx, 'backups.manage')
    return backupStatus(ctx.core)
  },

  async configure(ctx, input) {
    authorize(ctx, 'backups.manage')
    await configureBackups(ctx, input)
    return backupStatus(ctx.core)
  },

  async runNow(ctx) {
    authorize(ctx, 'backups.manage')
    // Inside the lock: a restore that just finished has replaced the database this call started with.
    await withMaintenanceLock(ctx.core, () => createBackup({ ...ctx, db: ctx.core.db }))
    return backupStatus(ctx.core)
  },

  async restore(ctx, input) {
    authorize(ctx, 'backups.manage')
    await restoreBackup(ctx, input.fileName)
    return null
  }
}
