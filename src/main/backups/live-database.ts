import SQLite from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Core } from '../core/context'
import { migrateToLatest, openDatabase, type OpenedDatabase } from '../db/connection'

/**
 * The database a running core holds, kept here so a restore can swap it under the core: after
 * `replaceLiveDatabase`, `core.db` is the restored database and closing the core closes that one.
 */
const live = new WeakMap<Core, OpenedDatabase>()
const locks = new WeakMap<Core, Promise<unknown>>()

export function attachLiveDatabase(core: Core, opened: OpenedDatabase): void {
  live.set(core, opened)
  core.db = opened.db
}

function current(core: Core): OpenedDatabase {
  const opened = live.get(core)
  if (!opened) throw new Error('El núcleo de Pauta no tiene una base de datos abierta.')
  return opened
}

/** Pages copied per turn of the event loop: about 40 MB, so calls keep being answered during a large copy. */
const BACKUP_PAGES_PER_STEP = 10_000

/**
 * Copies the live database to `target` with SQLite's online backup API: page by page, through the
 * core's own connection (so writes made meanwhile are in the copy and it stays consistent), without
 * holding the event loop for the whole copy as VACUUM INTO would on a large archive.
 */
export async function copyLiveDatabase(core: Core, target: string): Promise<void> {
  await current(core).sqlite.backup(target, { progress: () => BACKUP_PAGES_PER_STEP })
  // The copy inherits WAL mode, which would leave -wal and -shm files beside it whenever it is read.
  const copy = new SQLite(target)
  try {
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
}

export async function closeLiveDatabase(core: Core): Promise<void> {
  await current(core).close()
}

/**
 * Runs `task` alone among the core's maintenance work (background jobs, backups, restore), so a
 * restore never swaps the database while a backup or a delivery is half done.
 */
export function withMaintenanceLock<T>(core: Core, task: () => Promise<T>): Promise<T> {
  const previous = locks.get(core) ?? Promise.resolve()
  const run = previous.then(task)
  locks.set(core, run.catch(() => undefined))
  return run
}

async function openMigrated(dataDir: string): Promise<OpenedDatabase> {
  const opened = openDatabase(dataDir)
  try {
    await migrateToLatest(opened.db as unknown as Kysely<unknown>)
    return opened
  } catch (error) {
    await opened.close()
    throw error
  }
}

/**
 * Closes the live database once no query holds it, lets `swap` replace its file, then reopens and
 * migrates what is in place and points the core at it. When `swap` throws (after undoing its own
 * changes) the old database is reopened; when the new file fails to open, `swap`'s undo puts the
 * old one back and that is reopened. Either way the error is thrown and the core keeps a database.
 */
export async function replaceLiveDatabase(core: Core, swap: () => Promise<{ undo(): Promise<void> }>): Promise<void> {
  const old = current(core)
  // Holding the connection waits for any transaction in flight to finish before closing.
  await old.db.connection().execute(async () => {
    await old.close()
    let undo: (() => Promise<void>) | null = null
    let swapError: unknown = null
    try {
      undo = (await swap()).undo
    } catch (error) {
      swapError = error
    }
    try {
      attachLiveDatabase(core, await openMigrated(core.dataDir))
    } catch (error) {
      if (undo === null) throw error
      await undo()
      attachLiveDatabase(core, await openMigrated(core.dataDir))
      throw error
    }
    if (swapError !== null) throw swapError
  })
}
