import type { Kysely } from 'kysely'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { migrateToLatest } from '../db/connection'
import { removeTemporaryFiles } from '../files'
import { SessionStore } from '../auth/sessions'
import { handlers } from '../handlers'
import { createBackground } from '../background/jobs'
import { openCheckedDatabase } from '../backups/integrity'
import { attachLiveDatabase, closeLiveDatabase } from '../backups/live-database'
import { generateReport } from '../reports/generate'
import { resumeIngests, stopIngests } from '../ingest/engine'
import { closeInterruptedRuns, stopFixityRuns } from '../fixity/engine'
import { closeInterruptedExports } from '../archive-export/interrupted'
import { stopExports } from '../archive-export/engine'
import type { Core } from './context'
import { createDispatcher, type Dispatch } from './dispatcher'
import { systemClock, type Clock, type Host } from './host'

export interface RunningCore {
  core: Core
  dispatch: Dispatch
  close(): Promise<void>
}

/**
 * Opens (creating if needed) the data folder's database, checks it (a damaged one throws
 * DatabaseDamagedError, code 'DB_DAMAGED', for the shell to offer a backup), migrates it, and
 * wires the contract. With `background`, the outbox, scheduled exports and the daily backup run
 * on their own until close(); tests leave it off and drive the jobs by hand.
 */
export async function startCore(options: {
  dataDir: string
  host: Host
  clock?: Clock
  log?: (e: unknown) => void
  background?: boolean
}): Promise<RunningCore> {
  const opened = openCheckedDatabase(options.dataDir)
  try {
    await migrateToLatest(opened.db as unknown as Kysely<unknown>)
  } catch (error) {
    await opened.close()
    throw error
  }
  const filesDir = join(options.dataDir, 'files')
  mkdirSync(filesDir, { recursive: true })
  const core: Core = {
    db: opened.db,
    dataDir: options.dataDir,
    filesDir,
    host: options.host,
    clock: options.clock ?? systemClock,
    sessions: new SessionStore()
  }
  // A restore swaps the database under the running core; closing closes whichever is live.
  attachLiveDatabase(core, opened)
  // Background work may store a report at once: the leftovers of a crash go before it starts.
  if (options.background) await removeTemporaryFiles(filesDir)
  const background = options.background
    ? createBackground(core, {
        clock: core.clock,
        generateMonthly: (ctx, month) => generateReport(ctx, { kind: 'mensual', month }),
        ...(options.log ? { log: options.log } : {})
      })
    : null
  background?.start()
  // Issue 3: ingests left "en curso" by a crash or a forced close continue where they stopped.
  if (options.background) resumeIngests(core).catch(options.log ?? console.error)
  // Issue 3: a fixity run cut short by the last close is recorded as cancelled.
  await closeInterruptedRuns(core)
  // Issue 3: an export cut short by the last close is marked interrupted and its .partial folder removed.
  await closeInterruptedExports(core)
  return {
    core,
    dispatch: createDispatcher(core, handlers, options.log),
    async close() {
      await background?.dispose()
      // Issue 3: the files being imported finish and the workers stop before the database closes.
      await stopIngests(core)
      await stopFixityRuns(core)
      await stopExports(core)
      await closeLiveDatabase(core)
    }
  }
}
