import { mkdir } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import type { AuthedCtx } from '../core/context'
import type { Db } from '../db/connection'
import { validation } from '../core/errors'
import { recordAudit } from '../audit/record'
import { getDestination } from '../delivery/destinations'

export interface BackupSettings {
  folder: string
  destinationId: number | null
  lastBackupAt: string | null
  lastError: string
}

export const defaultBackupFolder = (dataDir: string) => join(dataDir, 'copias')

export async function readBackupSettings(db: Db, dataDir: string): Promise<BackupSettings> {
  const row = await db.selectFrom('backup_settings').selectAll().executeTakeFirst()
  return {
    folder: row?.folder ?? defaultBackupFolder(dataDir),
    destinationId: row?.destination_id ?? null,
    lastBackupAt: row?.last_backup_at ?? null,
    lastError: row?.last_error ?? ''
  }
}

/** Records the outcome of a backup run. */
export async function recordBackupRun(db: Db, dataDir: string, nowIso: string, outcome: { at: string } | { error: string }): Promise<void> {
  const current = await readBackupSettings(db, dataDir)
  const values = {
    folder: current.folder,
    destination_id: current.destinationId,
    last_backup_at: 'at' in outcome ? outcome.at : current.lastBackupAt,
    last_error: 'error' in outcome ? outcome.error : '',
    updated_at: nowIso
  }
  await db
    .insertInto('backup_settings')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute()
}

export async function configureBackups(ctx: AuthedCtx, input: { folder: string; destinationId: number | null }): Promise<void> {
  if (!isAbsolute(input.folder)) {
    throw validation('Escriba la ruta completa de la carpeta de copias, por ejemplo D:\\Copias de Pauta.', {
      folder: 'Escriba la ruta completa de la carpeta.'
    })
  }
  const destination = input.destinationId === null ? null : await getDestination(ctx.db, input.destinationId)
  try {
    await mkdir(input.folder, { recursive: true })
  } catch (error) {
    throw validation(`Pauta no puede crear ni usar la carpeta ${input.folder} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Elija otra carpeta.`, {
      folder: 'Pauta no puede usar esta carpeta.'
    })
  }
  const before = await readBackupSettings(ctx.db, ctx.core.dataDir)
  if (before.folder === input.folder && before.destinationId === input.destinationId) return
  await ctx.db.transaction().execute(async (trx) => {
    const values = { folder: input.folder, destination_id: input.destinationId, updated_at: ctx.nowIso }
    await trx
      .insertInto('backup_settings')
      .values({ id: 1, ...values, last_backup_at: before.lastBackupAt, last_error: before.lastError })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute()
    await recordAudit(trx, ctx, {
      action: 'backups.configured',
      entityType: 'backup_settings',
      entityId: 1,
      summary:
        `Configuró las copias de seguridad en ${input.folder}` +
        (destination ? ` con envío a «${destination.name}»` : ' sin envío a otra carpeta'),
      details: { before: { folder: before.folder, destinationId: before.destinationId }, after: input }
    })
  })
}
