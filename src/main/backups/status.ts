import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupItem, BackupStatus } from '../../shared/contract'
import { BACKUP_RETENTION } from '../../shared/domain/reports'
import type { Core } from '../core/context'
import { listBackups } from './create'
import { planRotation } from './rotation'
import { readBackupSettings } from './settings'

/**
 * The backups in the folder, newest first, with the tier the rotation keeps each in. A copy the
 * next rotation will remove (a second one the same day, or one placed there by hand) still shows,
 * as daily, so it can be restored until then.
 */
export async function backupStatus(core: Core): Promise<BackupStatus> {
  const settings = await readBackupSettings(core.db, core.dataDir)
  const backups = await listBackups(settings.folder)
  const tiers = new Map(planRotation(backups, BACKUP_RETENTION).keep.map((k) => [k.fileName, k.tier]))
  const items: BackupItem[] = []
  for (const backup of backups.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())) {
    const info = await stat(join(settings.folder, backup.fileName)).catch(() => null)
    if (!info?.isFile()) continue
    items.push({ fileName: backup.fileName, tier: tiers.get(backup.fileName) ?? 'diaria', createdAt: backup.takenAt.toISOString(), size: info.size })
  }
  return { folder: settings.folder, destinationId: settings.destinationId, lastBackupAt: settings.lastBackupAt, lastError: settings.lastError, items }
}
