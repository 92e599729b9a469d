import { rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { AuthedCtx, Ctx } from '../core/context'
import { validation } from '../core/errors'
import { recordAudit } from '../audit/record'
import { inspectBackup } from './inspect'
import { replaceLiveDatabase, withMaintenanceLock } from './live-database'
import { readBackupSettings } from './settings'
import { installStagedDatabase, stageBackup } from './swap'

/**
 * Replaces the live database with a backup from the backups folder: checks the backup before
 * anything changes, keeps the current database in "antes-de-restaurar-…", reopens and migrates
 * the restored one, and signs everyone out (their sessions belong to the replaced data).
 */
export async function restoreBackup(ctx: AuthedCtx, fileName: string): Promise<void> {
  if (basename(fileName) !== fileName || fileName.startsWith('.')) {
    throw validation('Elija una copia de la lista de copias de seguridad.', { fileName: 'Nombre de copia no válido.' })
  }
  const { core } = ctx
  const { folder } = await readBackupSettings(ctx.db, core.dataDir)
  const backupPath = join(folder, fileName)
  const sha256 = await inspectBackup(backupPath)
  const staged = await stageBackup(core.dataDir, backupPath, sha256)
  let asideDir = ''
  try {
    await withMaintenanceLock(core, () =>
      replaceLiveDatabase(core, async () => {
        const installed = await installStagedDatabase(core.dataDir, staged, ctx.now)
        asideDir = installed.asideDir
        return installed
      })
    )
  } finally {
    await rm(staged, { force: true })
  }
  core.sessions.signOutAll()
  // The restored data may not know the person who restored it: then the entry has no actor.
  const known = await core.db.selectFrom('users').select('id').where('id', '=', ctx.user.id).executeTakeFirst()
  const restoredCtx: Ctx = { ...ctx, db: core.db, user: known ? ctx.user : null }
  await core.db.transaction().execute((trx) =>
    recordAudit(trx, restoredCtx, {
      action: 'backups.restored',
      entityType: 'backup',
      entityId: null,
      summary: `${known ? 'Restauró' : `${ctx.user.fullName} restauró`} la copia de seguridad «${fileName}»; la base de datos anterior quedó en ${asideDir}`,
      details: { fileName, sha256, asideDir, restoredBy: ctx.user.id }
    })
  )
}
