import type { Kysely } from 'kysely'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { migrateToLatest, openDatabase } from '../db/connection'
import { SessionStore } from '../auth/sessions'
import { handlers } from '../handlers'
import type { Core } from './context'
import { createDispatcher, type Dispatch } from './dispatcher'
import { systemClock, type Clock, type Host } from './host'

export interface RunningCore {
  core: Core
  dispatch: Dispatch
  close(): Promise<void>
}

/** Opens (creating if needed) the data folder's database, migrates it, and wires the contract. */
export async function startCore(options: {
  dataDir: string
  host: Host
  clock?: Clock
  log?: (e: unknown) => void
}): Promise<RunningCore> {
  const opened = openDatabase(options.dataDir)
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
  return { core, dispatch: createDispatcher(core, handlers, options.log), close: opened.close }
}
