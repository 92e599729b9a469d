import type { Transaction } from 'kysely'
import type { Db } from '../db/connection'
import type { Database } from '../db/schema'
import type { SessionUser } from '../../shared/contract'
import type { Clock, Host } from './host'
import type { SessionStore } from '../auth/sessions'

export type Trx = Transaction<Database>

/** Everything a running Pauta holds; created once per data folder. */
export interface Core {
  db: Db
  dataDir: string
  /** Managed storage for files copied into Pauta. */
  filesDir: string
  host: Host
  clock: Clock
  sessions: SessionStore
}

/** One call: the core, who is calling, and when. */
export interface Ctx {
  core: Core
  db: Db
  clientId: string
  /** The instant the call started; every timestamp the call writes uses it. */
  now: Date
  /** ISO instant of `now`. */
  nowIso: string
  /** Colombian calendar date of `now`, "aaaa-mm-dd". */
  today: string
  /** Null only in public methods. */
  user: SessionUser | null
}

/** Ctx of a method that requires a session: the dispatcher guarantees the user. */
export interface AuthedCtx extends Ctx {
  user: SessionUser
}
