import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { BACKUP_RETENTION } from '../../shared/domain/reports'
import type { Ctx } from '../core/context'
import { AppError } from '../core/errors'
import { recordAudit } from '../audit/record'
import { auditSummary } from '../background/system-actor'
import { removeStalePartials, sha256OfFile } from '../delivery/atomic-write'
import { getDestination } from '../delivery/destinations'
import { destinationFailure } from '../delivery/failures'
import { enqueue } from '../delivery/outbox'
import { WAITING_STATES } from '../delivery/outbox-queries'
import { formatBytes } from '../files'
import type { BackupManifest } from './inspect'
import { copyLiveDatabase } from './live-database'
import { backupFileName, backupTakenAt, manifestFileName } from './names'
import { planRotation, type DatedBackup } from './rotation'
import { readBackupSettings, recordBackupRun } from './settings'

const COUNTED_TABLES = ['users', 'plans', 'requests', 'pieces', 'publications', 'stored_files', 'generated_files', 'social_stats', 'audit_log'] as const

export async function listBackups(folder: string): Promise<DatedBackup[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  return names.flatMap((fileName) => {
    const takenAt = backupTakenAt(fileName)
    return takenAt ? [{ fileName, takenAt }] : []
  })
}

/** The manifest is read from the copy itself, so it describes exactly what the copy holds. */
function manifestOf(path: string, fileName: string, createdAt: string, sha256: string, size: number): BackupManifest {
  const copy = new SQLite(path, { readonly: true, fileMustExist: true })
  try {
    const counts: Record<string, number> = {}
    for (const table of COUNTED_TABLES) counts[table] = (copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    const stored = copy.prepare('SELECT id, sha256, size, mime, storage_path AS storagePath FROM stored_files ORDER BY id').all() as BackupManifest['storedFiles']
    const applied = copy.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]
    return { app: 'Pauta', fileName, createdAt, sha256, size, migrations: applied.map((m) => m.name), counts, storedFiles: stored }
  } finally {
    copy.close()
  }
}

/** Deletes the backups (and their manifests) the 7/4/12 rotation no longer keeps. */
async function rotate(folder: string): Promise<string[]> {
  const { remove } = planRotation(await listBackups(folder), BACKUP_RETENTION)
  for (const backup of remove) {
    await rm(join(folder, backup.fileName), { force: true })
    await rm(join(folder, manifestFileName(backup.fileName)), { force: true })
  }
  return remove.map((b) => b.fileName)
}

/**
 * A backup that is still waiting in the outbox is outdated by the new one: it gives up its bytes
 * before the new copy is taken, so backups never carry older backups inside them.
 */
async function supersedeQueuedBackups(ctx: Ctx, destinationId: number): Promise<void> {
  const waiting = await ctx.db
    .selectFrom('outbox')
    .select(['id', 'file_name'])
    .where('destination_id', '=', destinationId)
    .where('generated_file_id', 'is', null)
    .where('state', 'in', WAITING_STATES)
    .execute()
  const backups = waiting.filter((w) => backupTakenAt(w.file_name) !== null)
  if (backups.length === 0) return
  await ctx.db.transaction().execute(async (trx) => {
    for (const item of backups) {
      await trx
        .updateTable('outbox')
        .set({ state: 'cancelado', next_attempt_at: null, content: Buffer.alloc(0), last_error: 'Reemplazada por una copia más reciente.' })
        .where('id', '=', item.id)
        .execute()
      await recordAudit(trx, ctx, {
        action: 'delivery.cancelled',
        entityType: 'outbox',
        entityId: item.id,
        summary: auditSummary(ctx, `Canceló el envío de la copia «${item.file_name}»: la reemplaza una copia más reciente`)
      })
    }
  })
}

function backupError(error: unknown, folder: string): AppError {
  if (error instanceof AppError) return error
  const code = (error as { code?: string }).code ?? ''
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('DISK_FULL', `El disco de la carpeta de copias (${folder}) está lleno. Libere espacio y vuelva a intentarlo.`)
  }
  // A large database is not fully checked at start (backups/integrity.ts): the copy reads every page, so damage shows here.
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError(
      'FILE_ERROR',
      'La base de datos de Pauta tiene páginas dañadas y no se pudo copiar. Las copias anteriores se conservan: cierre Pauta y, al abrirla de nuevo, restaure la copia más reciente.'
    )
  }
  const reason = destinationFailure(error) ?? (error instanceof Error ? error.message : String(error))
  return new AppError('FILE_ERROR', `No se pudo hacer la copia de seguridad en ${folder}: ${reason}.`)
}

export interface BackupRun {
  fileName: string
  size: number
  removed: string[]
}

/**
 * Takes a consistent copy of the live database with the online backup API (a temporary name, renamed when
 * complete), writes its manifest (the managed files it refers to and the row counts), applies the
 * rotation, and queues the copy for the backup destination when one is set. A failure is recorded
 * in the settings (shown in Configuración) and thrown.
 */
export async function createBackup(ctx: Ctx): Promise<BackupRun> {
  const settings = await readBackupSettings(ctx.db, ctx.core.dataDir)
  const folder = settings.folder
  const fileName = backupFileName(ctx.now)
  const finalPath = join(folder, fileName)
  const partialPath = `${finalPath}.partial-${randomBytes(8).toString('hex')}`
  if (await stat(finalPath).catch(() => null)) {
    throw new AppError('CONFLICT', 'Ya se hizo una copia de seguridad en este mismo momento. Espere un segundo y vuelva a intentarlo.')
  }
  try {
    await mkdir(folder, { recursive: true })
    await removeStalePartials(folder)
    const configured = settings.destinationId === null ? null : await getDestination(ctx.db, settings.destinationId)
    const destination = configured?.active ? configured : null
    if (destination) await supersedeQueuedBackups(ctx, destination.id)
    await copyLiveDatabase(ctx.core, partialPath)
    const size = (await stat(partialPath)).size
    const sha256 = await sha256OfFile(partialPath)
    const manifest = manifestOf(partialPath, fileName, ctx.nowIso, sha256, size)
    await rename(partialPath, finalPath)
    const manifestPath = join(folder, manifestFileName(fileName))
    await writeFile(`${manifestPath}.partial`, `${JSON.stringify(manifest, null, 2)}\n`)
    await rename(`${manifestPath}.partial`, manifestPath)
    const removed = await rotate(folder)
    await ctx.db.transaction().execute(async (trx) => {
      await recordBackupRun(trx, ctx.core.dataDir, ctx.nowIso, { at: ctx.nowIso })
      await recordAudit(trx, ctx, {
        action: 'backups.created',
        entityType: 'backup',
        entityId: null,
        summary: auditSummary(ctx, `Hizo la copia de seguridad «${fileName}» (${formatBytes(size)}) en ${folder}`),
        details: { fileName, folder, size, sha256, removed }
      })
    })
    if (destination) {
      const bytes = await readFile(finalPath)
      await enqueue(ctx, { destination, generatedFileId: null, fileName, bytes, sha256 }, null)
    }
    return { fileName, size, removed }
  } catch (error) {
    await rm(partialPath, { force: true }).catch(() => undefined)
    const failure = backupError(error, folder)
    await recordBackupRun(ctx.db, ctx.core.dataDir, ctx.nowIso, { error: failure.message }).catch(() => undefined)
    throw failure
  }
}
