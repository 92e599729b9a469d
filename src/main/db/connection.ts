import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator, type MigrationProvider } from 'kysely/migration'
import { migrations } from './migrations'
import type { Database } from './schema'

export type Db = Kysely<Database>

export interface OpenedDatabase {
  db: Db
  sqlite: SQLite.Database
  path: string
  close(): Promise<void>
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

export function openDatabase(dataDir: string): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, 'pauta.sqlite')
  const sqlite = new SQLite(path)
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('busy_timeout = 5000')
  } catch (error) {
    // A file that is not a database (or is damaged) fails here: release it before reporting.
    sqlite.close()
    throw error
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  return { db, sqlite, path, close: () => db.destroy() }
}

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>, target?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider })
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'desconocida'
    throw new Error(`La migración ${failed} falló: ${error instanceof Error ? error.message : String(error)}`)
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
