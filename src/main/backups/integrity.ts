import { statSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { openDatabase, type OpenedDatabase } from '../db/connection'
import { listBackups } from './create'
import { inspectBackup } from './inspect'
import { defaultBackupFolder } from './settings'
import { installStagedDatabase, stageBackup } from './swap'

/** The database in the data folder failed its start-up check; the shell offers a backup. */
export class DatabaseDamagedError extends Error {
  readonly code = 'DB_DAMAGED'
  constructor(
    readonly dataDir: string,
    readonly detail: string
  ) {
    super(`La base de datos de Pauta está dañada (${detail}).`)
    this.name = 'DatabaseDamagedError'
  }
}

const DAMAGE_CODES = ['SQLITE_CORRUPT', 'SQLITE_NOTADB']

function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && DAMAGE_CODES.some((c) => code.startsWith(c))
}

/**
 * Above this size `quick_check` would hold the window for seconds at every start (it reads every
 * page: a catalogue of a million assets is gigabytes). Such a database is opened with its schema
 * read, and the daily backup, which reads every page to copy it, finds damage instead.
 */
export const FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024

/**
 * Opens the data folder's database and checks it: `PRAGMA quick_check` (every page, without the
 * slow index cross-checks) up to `fullCheckMaxBytes`, the schema only above. A file SQLite cannot
 * read, or one that fails the check, throws DatabaseDamagedError; other failures (permissions, a
 * locked file) are thrown as they are.
 */
export function openCheckedDatabase(dataDir: string, fullCheckMaxBytes = FULL_CHECK_MAX_BYTES): OpenedDatabase {
  let opened: OpenedDatabase
  try {
    opened = openDatabase(dataDir)
  } catch (error) {
    if (isDamage(error)) throw new DatabaseDamagedError(dataDir, (error as Error).message)
    throw error
  }
  let problems: string[]
  try {
    const size = statSync(join(dataDir, 'pauta.sqlite')).size
    problems =
      size <= fullCheckMaxBytes
        ? (opened.sqlite.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check)
        : [opened.sqlite.prepare('SELECT count(*) FROM sqlite_master').pluck().get() === 0 ? 'sin esquema' : 'ok']
  } catch (error) {
    opened.sqlite.close()
    if (isDamage(error)) throw new DatabaseDamagedError(dataDir, (error as Error).message)
    throw error
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    opened.sqlite.close()
    throw new DatabaseDamagedError(dataDir, problems.slice(0, 3).join('; '))
  }
  return opened
}

/** The backup folder the damaged database names, when it can still be read, and the default one. */
function backupFolders(dataDir: string): string[] {
  const folders = [defaultBackupFolder(dataDir)]
  let db: SQLite.Database | null = null
  try {
    db = new SQLite(join(dataDir, 'pauta.sqlite'), { readonly: true, fileMustExist: true })
    const row = db.prepare('SELECT folder FROM backup_settings WHERE id = 1').get() as { folder: string } | undefined
    if (row && !folders.includes(row.folder)) folders.unshift(row.folder)
  } catch {
    // A database too damaged to name its folder: the default folder is still searched.
  } finally {
    db?.close()
  }
  return folders
}

export interface GoodBackup {
  path: string
  fileName: string
  takenAt: Date
  sha256: string
}

/** The newest backup that passes the same checks as a restore from Configuración. */
export async function findLatestGoodBackup(dataDir: string): Promise<GoodBackup | null> {
  const candidates = (
    await Promise.all(backupFolders(dataDir).map(async (folder) => (await listBackups(folder)).map((b) => ({ ...b, path: join(folder, b.fileName) }))))
  )
    .flat()
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
  for (const candidate of candidates) {
    const sha256 = await inspectBackup(candidate.path).catch(() => null)
    if (sha256) return { ...candidate, sha256 }
  }
  return null
}

export interface RestoredAtStart {
  fileName: string
  takenAt: Date
  asideDir: string
}

/**
 * Puts the newest good backup in place of the damaged database, with Pauta closed: the damaged
 * file is kept in "antes-de-restaurar-…". Null when there is no good backup (nothing changes).
 */
export async function restoreLatestGoodBackup(dataDir: string, now: Date = new Date()): Promise<RestoredAtStart | null> {
  const backup = await findLatestGoodBackup(dataDir)
  if (!backup) return null
  return restoreBackupAtStart(dataDir, backup, now)
}

/** Installs a backup found by findLatestGoodBackup, with Pauta closed. */
export async function restoreBackupAtStart(dataDir: string, backup: GoodBackup, now: Date = new Date()): Promise<RestoredAtStart> {
  const staged = await stageBackup(dataDir, backup.path, backup.sha256)
  try {
    const { asideDir } = await installStagedDatabase(dataDir, staged, now)
    return { fileName: backup.fileName, takenAt: backup.takenAt, asideDir }
  } finally {
    await rm(staged, { force: true })
  }
}
