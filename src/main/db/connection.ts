import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely'
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

/** Distinct statements kept prepared per connection; a query built at run time past this evicts the oldest. */
const STATEMENT_CACHE_SIZE = 1000

/**
 * The connection as Kysely sees it, preparing each distinct SQL text once. Kysely prepares every
 * query it runs; preparing costs more than running most of Pauta's small queries (it was a quarter
 * of the main process's work while an ingest records its files). SQLite re-prepares a cached
 * statement by itself after a schema change. Nothing in Pauta streams (`iterate`), so a cached
 * statement is never busy when it is used again.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql)
      if (statement) {
        cache.delete(sql)
      } else {
        statement = sqlite.prepare(sql)
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string)
      }
      cache.set(sql, statement)
      return statement
    }
  }
}

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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
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
